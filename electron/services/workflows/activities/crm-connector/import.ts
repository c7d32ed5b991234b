import { msg } from '../../../../../shared/i18n/message';
import { sentences } from '../../../../../shared/i18n/sentences';
import { z } from 'zod';
import { checkCrmFilter } from '../../../../../shared/domain/crm-filter';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import type { Conversion } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { ConsoleError } from '../../../../core/console-error';
import type { RecordRow } from '../../../../../shared/domain/records';
import type { BulkJobs, Connector, CrmQuery } from '../../../../connectors/connector';
import { CrmError } from '../../../../connectors/crm-error';
import { evaluateRightHands, rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { filterProblem } from './check';
import { advanceIndex, indexFieldOf, openIndexWindow, type IndexWindow } from './automatic-index';
import { importColumn, type ImportColumn } from './conversions';
import { inputRows, inputShape } from './population';
import { runImportPipeline, type StoreBatch } from './import-pipeline/import-pipeline';
import type { RemoteTable } from './remote-table';

/** The work table's columns: the id, the chosen fields, and the index field when it is used. */
export function importColumns(
  activity: CrmConnectorActivity,
  remote: RemoteTable,
  indexField: string | null,
): ImportColumn[] {
  const chosen = new Map<string, Conversion>();
  chosen.set(remote.table.idField, 'default');
  for (const f of activity.import.fields) chosen.set(f.remote, f.conversion);
  if (indexField && !chosen.has(indexField)) chosen.set(indexField, 'default');
  return [...chosen].map(([name, conversion]) => {
    const field = remote.fields.get(name);
    if (!field)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:crm.notAField', { field: name, table: remote.table.name }),
      );
    return importColumn(field, conversion);
  });
}

/** The remote ids of the inbound population (Use the population calculated upstream). */
async function upstreamIds(
  context: ActivityContext<'crmConnector'>,
  column: string,
): Promise<string[]> {
  const shape = await inputShape(context, [column]);
  const ids = new Set<string>();
  for await (const rows of inputRows(context, shape, 5000))
    for (const row of rows) {
      const id = row[column];
      if (typeof id === 'string' && id.trim()) ids.add(id.trim());
    }
  return [...ids];
}

async function buildQuery(
  context: ActivityContext<'crmConnector'>,
  connector: Connector,
  remote: RemoteTable,
  columns: readonly ImportColumn[],
  index: IndexWindow | null,
): Promise<CrmQuery> {
  const settings = context.activity.import;
  if (settings.orderBy.length && !connector.capabilities.orderBy)
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.cannotSort'));
  const filtered =
    settings.identification === 'upstream' || settings.filter !== null || index !== null;
  const limitation = connector.capabilities.sortOrFilterOnly;
  if (limitation && settings.orderBy.length && filtered)
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.sortLimited', { limitation }));
  if (settings.queryAll && !connector.capabilities.queryAll)
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.cannotQueryAll'));
  const query: CrmQuery = {
    table: remote.table.name,
    fields: columns.map((c) => c.field),
    rawFields: columns.filter((c) => c.raw).map((c) => c.field),
    orderBy: settings.orderBy,
    includeDeleted: settings.queryAll,
  };
  if (index)
    query.modified = { field: index.field, since: index.start ?? undefined, until: index.end };
  if (settings.identification === 'upstream') {
    if (!settings.remoteIdColumn)
      throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.selectRemoteId'));
    query.ids = await upstreamIds(context, settings.remoteIdColumn);
  } else if (settings.filter) {
    // Evaluated with this run's variables: the right-hand values may use vars.crmStartImport.
    const values = await evaluateRightHands(
      settings.filter,
      rightHandEvaluator(context.env.sandbox, context.vars),
    );
    const problems = checkCrmFilter(settings.filter, new Set(remote.fields.keys()), values);
    if (problems.length)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:crm.filterProblems', { problems: sentences(problems.map(filterProblem)) }),
      );
    query.filter = { node: settings.filter, values };
  }
  return query;
}

/** Where an import cut short stands: its work table, the next page, its index window's end. */
const importCheckpointSchema = z.object({
  table: z.string(),
  next: z.string(),
  indexEnd: z.iso.datetime().nullable(),
  /** Whether the import reads through a bulk query job (the cursor names the job). */
  bulk: z.boolean().default(false),
});
type ImportCheckpoint = z.infer<typeof importCheckpointSchema>;

/** The checkpoint of an earlier attempt whose work table is still there; null otherwise. */
async function resumable(
  context: ActivityContext<'crmConnector'>,
): Promise<ImportCheckpoint | null> {
  const saved = importCheckpointSchema.safeParse(context.checkpoint.read());
  if (!saved.success) return null;
  const tables = await context.env.records.listTables();
  return tables.some((t) => t.name === saved.data.table) ? saved.data : null;
}

/**
 * The CRM's bulk jobs when this import goes through them: "Use Bulk API" ticked and at least
 * its threshold of records to read (not for upstream ids, read in chunks of ids), or a resumed
 * import that read through a bulk job.
 */
function readsInBulk(
  activity: CrmConnectorActivity,
  connector: Connector,
  query: CrmQuery,
  total: number | null,
  resumed: ImportCheckpoint | null,
): BulkJobs | null {
  const bulk = connector.bulk ?? null;
  if (resumed) return resumed.bulk ? bulk : null;
  const large = total !== null && total >= activity.bulk.threshold;
  return activity.bulk.enabled && query.ids === undefined && large ? bulk : null;
}

/**
 * Import from CRM: the records of the filter (or of the upstream ids) into a new work table keyed
 * by the record id, through the import pipeline (any CRM, REST or bulk). Each committed page is
 * checkpointed, so a resumed import goes on from the next page (or, when the CRM has dropped the cursor, reads again into the same
 * table: rows are upserted by id, so the end state is the same). With the automatic index, only
 * the records modified since the last import, and the option moves on only once every row is in
 * the work table.
 */
export async function runImport(
  context: ActivityContext<'crmConnector'>,
  connector: Connector,
  remote: RemoteTable,
): Promise<ActivityOutcome> {
  const { activity, signal } = context;
  const resumed = await resumable(context);
  const index = activity.import.automaticIndex.enabled
    ? openIndexWindow(
        context,
        indexFieldOf(activity, remote, connector.capabilities),
        resumed?.indexEnd ? new Date(resumed.indexEnd) : undefined,
      )
    : null;
  const columns = importColumns(activity, remote, index?.field ?? null);
  const query = await buildQuery(context, connector, remote, columns, index);
  const total = connector.count ? await connector.count(query, remote.table.fields) : null;
  const bulk = readsInBulk(activity, connector, query, total, resumed);
  if (bulk && !resumed)
    context.log(
      'info',
      msg('messages:log.bulkImport', { records: total ?? 0, threshold: activity.bulk.threshold }),
    );
  const pages = (from: string | undefined) =>
    bulk
      ? bulk.query(query, remote.table.fields, signal, from)
      : connector.query(query, remote.table.fields, signal, from);
  const table =
    resumed?.table ??
    (await context.createWorkTable(
      `Imported from ${remote.table.name}`,
      columns.map((c) => c.column),
      [remote.table.idField],
    ));
  const { records } = context.env;
  let done = resumed ? await records.count(table) : 0;
  let from = resumed?.next;
  if (from !== undefined) context.log('info', msg('messages:log.resumedAfter', { done }));
  context.progress(done, total);
  const converted = columns.flatMap(({ field, convert }) => (convert ? [{ field, convert }] : []));
  // A page's rows are the import's own (connector.ts): converted where they are.
  const convert = (rows: RecordRow[]) => {
    for (const row of rows)
      for (const { field, convert } of converted) row[field] = convert(row[field] ?? null);
  };
  /** A batch into the work table, then the cursor it completes: the next ones are read meanwhile. */
  const store = async ({ rows, next }: StoreBatch) => {
    if (rows.length) done += await records.upsert(table, rows);
    if (typeof next === 'string')
      await context.checkpoint.write({
        table,
        next,
        indexEnd: index ? index.end.toISOString() : null,
        bulk: bulk !== null,
      } satisfies ImportCheckpoint);
    context.progress(done, total);
  };
  for (;;) {
    try {
      await runImportPipeline({ pages: pages(from), convert, store, signal });
      break;
    } catch (error) {
      if (from === undefined || !(error instanceof CrmError) || error.crmCode !== 'EXPIRED_CURSOR')
        throw error;
      context.log('warning', msg('messages:log.readAgain', { reason: error.text }));
      from = undefined;
      done = 0;
    }
  }
  const count = await records.count(table);
  if (index) await advanceIndex(context, index);
  context.log('info', msg('messages:log.imported', { imported: count, table: remote.table.name }));
  return { outputs: activity.behavior.outbound ? { ok: { table, count } } : {} };
}
