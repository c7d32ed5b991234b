import type { ConsoleMessage } from '../../shared/i18n/message';
import {
  campaignDateTimeOf,
  instantOfCampaignDateTime,
} from '../../shared/domain/campaign-datetime';
import type { ColumnDefinition, RecordRow } from '../../shared/domain/records';
import type { ActivityInput } from '../../shared/domain/workflows/activity-settings';
import { automaticIndexOptionName } from '../../shared/domain/workflows/crm-connector-settings';
import {
  changeTokenOptionName,
  changeTokenText,
} from '../../electron/services/workflows/activities/crm-connector/import-deleted';
import type {
  ActivityEnvironment,
  ActivityOutcome,
  Population,
} from '../../electron/services/workflows/activity';
import type { RecordStore } from '../../electron/storage/records/record-store';
import type {
  CrashActivityOperation,
  CrmUnderTest,
  Operation,
  RunningCrm,
} from '../crms/crm-under-test';
import {
  compareDelete,
  compareExport,
  compareRows,
  type ComparedRow,
  type EndState,
} from '../matrix/verdict';

export type CrmActivity = Extract<ActivityInput, { type: 'crmConnector' }>;

const dayMs = 86_400_000;
/** The import's window opens this long before the CRM's data ends: a few query pages. */
const importWindowDays = 200;
/** The deleted objects' window: within what the CRM keeps (Salesforce: 30 days). */
const deletedWindowDays = 29;
/** Records a change-tracking CRM has deleted after the activity's token. */
const deletedAfterToken = 120;

export interface ScenarioContext {
  crm: RunningCrm;
  sizes: Pick<CrmUnderTest, 'writeBatch'>;
  /**
   * The record store as it is now. A store reads its table catalog when opened, so the crash
   * parent opens it again after each child to see the tables the child made.
   */
  records: () => RecordStore;
  options: ActivityEnvironment['options'];
  instanceName: string;
  /** Unique within a run: names activity ids, options and the records an export writes. */
  tag: string;
  /** Where the CRM's generated data ends. */
  anchor: Date;
  /** Records the CRM refuses among valid ones (export, delete): a partial batch failure. */
  invalidRecords: boolean;
}

/** One operation's run: the activity, its input, and how its end state is checked. */
export interface Scenario {
  activity: CrmActivity;
  input: Population | null;
  /** Records an uninterrupted run reads or writes. */
  size: number;
  verify(outcome: ActivityOutcome): Promise<EndState>;
  /**
   * Import: why `LASTIMPORT_` runs ahead of what is committed, or null. `committed` is the work
   * table the checkpoint names (the rows an interrupted run has written), null without one.
   */
  indexAhead?(committed: string | null): Promise<string | null>;
}

const baseActivity = (ctx: ScenarioContext, operation: Operation): CrmActivity => ({
  type: 'crmConnector',
  id: `crm${operation[0]?.toUpperCase() ?? ''}${operation.slice(1)}${ctx.tag}`,
  label: `${operation} ${ctx.tag}`,
  position: { x: 0, y: 0 },
  account: 'Demo',
  remoteObject: ctx.crm.table.name,
  operation,
});

async function population(
  records: RecordStore,
  columns: ColumnDefinition[],
  rows: RecordRow[],
): Promise<Population> {
  const table = await records.createWorkTable('wkfFaultInput', {
    label: 'Matrix input',
    columns,
    key: ['n'],
  });
  await records.upsert(table, rows);
  return { table, count: rows.length };
}

async function readAll(records: RecordStore, table: string): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  for await (const batch of records.stream(table, {}, 5000)) rows.push(...batch);
  return rows;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const dateOrNull = (value: Date | ConsoleMessage): Date | null =>
  value instanceof Date ? value : null;

const broken = (details: string): EndState => ({
  nothingLost: false,
  nothingDuplicated: true,
  countsRight: false,
  details,
});

/** Import with the automatic index from a set start: the work table must equal the window. */
async function importScenario(ctx: ScenarioContext): Promise<Scenario> {
  const { crm, options } = ctx;
  const activity: CrmActivity = {
    ...baseActivity(ctx, 'import'),
    import: {
      fields: [{ remote: crm.fields.lastName }, { remote: crm.fields.email }],
      automaticIndex: { enabled: true },
    },
  };
  const optionName = automaticIndexOptionName(ctx.instanceName, activity.id);
  const start = new Date(ctx.anchor.getTime() - importWindowDays * dayMs);
  const startText = campaignDateTimeOf(start);
  await options.put({ name: optionName, label: 'Last import', type: 'datetime', value: startText });
  const idField = crm.table.idField;
  const compared = async (table: string, end: Date) => {
    const truth = await crm.truth.recordsModified(start, end);
    const rows = await readAll(ctx.records(), table);
    return compareRows(
      truth.map((r): ComparedRow => ({ id: r.id, values: [r.lastName, r.email] })),
      rows.map((r): ComparedRow => ({
        id: String(r[idField]),
        values: [text(r[crm.fields.lastName]), text(r[crm.fields.email])],
      })),
    );
  };
  const indexEnd = (): Date | 'unchanged' | null => {
    const value = options.get(optionName)?.value ?? '';
    return value === startText ? 'unchanged' : dateOrNull(instantOfCampaignDateTime(value));
  };
  // Every generated record was last changed before the anchor: a day past it covers them all.
  const size = (await crm.truth.recordsModified(start, new Date(ctx.anchor.getTime() + dayMs)))
    .length;
  return {
    activity,
    input: null,
    size,
    verify: async (outcome) => {
      const ok = outcome.outputs.ok;
      if (!ok) return broken('the import gave no OK population');
      const end = indexEnd();
      if (end === 'unchanged' || end === null)
        return broken(`${optionName} did not move on after a completed import`);
      const state = await compared(ok.table, end);
      const counted = await ctx.records().count(ok.table);
      return counted === ok.count
        ? state
        : { ...state, countsRight: false, details: `${state.details}; OK says ${ok.count}` };
    },
    indexAhead: async (committed) => {
      const end = indexEnd();
      if (end === 'unchanged') return null;
      if (end === null) return `${optionName} holds no date`;
      if (committed === null) return `${optionName} moved on with no work table committed`;
      const state = await compared(committed, end);
      return state.nothingLost
        ? null
        : `${optionName} moved on while the work table lacks records: ${state.details}`;
    },
  };
}

/** Export (insert) of numbered recipients: each accepted one exactly once in the CRM. */
async function exportScenario(ctx: ScenarioContext): Promise<Scenario> {
  const { crm } = ctx;
  const count = Math.round(3.5 * ctx.sizes.writeBatch);
  const prefix = `${ctx.tag}N`;
  const refusedEvery = 50;
  const rows = Array.from({ length: count }, (_, i): RecordRow => {
    const refused = ctx.invalidRecords && i % refusedEvery === 7;
    return {
      n: i,
      lastName: `${prefix}${i}`,
      email: refused ? crm.invalidEmail : `${prefix.toLowerCase()}${i}@example.com`,
    };
  });
  const input = await population(
    ctx.records(),
    [
      { name: 'n', label: 'N', type: 'long' },
      { name: 'lastName', label: 'Last name', type: 'string', length: 80 },
      // Room for a CRM's too-long address (Dynamics checks lengths, not the form).
      { name: 'email', label: 'Email', type: 'string', length: 255 },
    ],
    rows,
  );
  const refused = rows.filter((r) => r.email === crm.invalidEmail).map((r) => String(r.lastName));
  const accepted = rows.map((r) => String(r.lastName)).filter((name) => !refused.includes(name));
  return {
    activity: {
      ...baseActivity(ctx, 'export'),
      export: {
        mapping: [
          { source: 'lastName', remote: crm.fields.lastName },
          { source: 'email', remote: crm.fields.email },
        ],
      },
      behavior: { processRejects: true },
    },
    input,
    size: rows.length,
    verify: async (outcome) =>
      compareExport(accepted, refused, await crm.truth.lastNameCounts(prefix), {
        ok: outcome.outputs.ok?.count ?? null,
        reject: outcome.outputs.reject?.count ?? null,
      }),
  };
}

/**
 * Import deleted over the last days: the work table must hold the window's deleted ids. A CRM
 * that tracks changes answers from the activity's token to now, not for dates: the token is
 * taken and records deleted after it, and the window opens at the token (its end, ahead, is
 * cut at now by the activity).
 */
async function importDeletedScenario(ctx: ScenarioContext): Promise<Scenario> {
  const activity: CrmActivity = baseActivity(ctx, 'importDeleted');
  const tracked = (await ctx.crm.trackDeletions?.(deletedAfterToken)) ?? null;
  const start = tracked
    ? tracked.takenAt
    : new Date(ctx.anchor.getTime() - deletedWindowDays * dayMs);
  const end = tracked ? new Date(start.getTime() + 365 * dayMs) : ctx.anchor;
  if (tracked)
    await ctx.options.put({
      name: changeTokenOptionName(ctx.instanceName, activity.id),
      label: 'Change token',
      type: 'text',
      value: changeTokenText(tracked),
    });
  const idField = ctx.crm.table.idField;
  return {
    activity: { ...activity, deleted: { start: start.toISOString(), end: end.toISOString() } },
    input: null,
    size: 1,
    verify: async (outcome) => {
      const ok = outcome.outputs.ok;
      if (!ok) return broken('the import of deleted objects gave no OK population');
      const truth = await ctx.crm.truth.deletedIds(start, end);
      const rows = await readAll(ctx.records(), ok.table);
      return compareRows(
        truth.map((id): ComparedRow => ({ id, values: [] })),
        rows.map((r): ComparedRow => ({ id: String(r[idField]), values: [] })),
      );
    },
  };
}

/** Delete of live records (and of ids the CRM refuses): each accepted one gone. */
async function deleteScenario(ctx: ScenarioContext): Promise<Scenario> {
  const { crm } = ctx;
  // The first live ones: those an earlier trial deleted are no longer among them.
  const ids = await crm.truth.someLiveIds(Math.round(2.25 * ctx.sizes.writeBatch), 0);
  const refused = ctx.invalidRecords ? [...crm.invalidIds] : [];
  // The refused ids sit among the others, so that they share batches with valid ones.
  const sent = [...ids];
  refused.forEach((id, i) => sent.splice(50 + i * 150, 0, id));
  const input = await population(
    ctx.records(),
    [
      { name: 'n', label: 'N', type: 'long' },
      { name: 'remoteId', label: 'Remote id', type: 'string', length: 40 },
    ],
    sent.map((remoteId, n) => ({ n, remoteId })),
  );
  return {
    activity: {
      ...baseActivity(ctx, 'delete'),
      deleteIdColumn: 'remoteId',
      behavior: { processRejects: true },
    },
    input,
    size: sent.length,
    verify: async (outcome) =>
      compareDelete(ids, refused, await crm.truth.liveIds(ids), {
        ok: outcome.outputs.ok?.count ?? null,
        reject: outcome.outputs.reject?.count ?? null,
      }),
  };
}

/** The export scenario through the CRM's bulk jobs: "Use Bulk API" from the first row. */
async function bulkExportScenario(ctx: ScenarioContext): Promise<Scenario> {
  const scenario = await exportScenario(ctx);
  return { ...scenario, activity: { ...scenario.activity, bulk: { enabled: true, threshold: 1 } } };
}

const scenarios: Record<CrashActivityOperation, (ctx: ScenarioContext) => Promise<Scenario>> = {
  import: importScenario,
  export: exportScenario,
  importDeleted: importDeletedScenario,
  delete: deleteScenario,
  bulkExport: bulkExportScenario,
};

/** Sets up one operation's run in the CRM and the record store. */
export function prepareScenario(
  operation: CrashActivityOperation,
  ctx: ScenarioContext,
): Promise<Scenario> {
  return scenarios[operation](ctx);
}
