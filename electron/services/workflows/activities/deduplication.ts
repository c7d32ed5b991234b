import { ConsoleError } from '../../../core/console-error';
import { msg } from '../../../../shared/i18n/message';
import type {
  ColumnType,
  RecordRow,
  RecordValue,
  TableDefinition,
} from '../../../../shared/domain/records';
import type { ActivityModule } from '../activity';

const batchSize = 1000;

/** Column types whose order is the order of time (or a counter): what "most recent" can mean. */
const modificationTypes = new Set<ColumnType>([
  'date',
  'datetime',
  'datetimenotz',
  'time',
  'byte',
  'short',
  'long',
  'int64',
  'double',
]);

function isEmpty(value: RecordValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Whether `candidate` was modified after `kept`. No date is older than any date; values of one
 * column are all numbers or all ISO 8601 text, whose text order is time order.
 */
function newer(candidate: RecordValue | undefined, kept: RecordValue | undefined): boolean {
  if (isEmpty(candidate)) return false;
  if (isEmpty(kept)) return true;
  return (candidate as number | string) > (kept as number | string);
}

function checkColumns(
  input: TableDefinition,
  keys: readonly string[],
  modified: string | null,
): void {
  const byName = new Map(input.columns.map((c) => [c.name, c]));
  const unknown = [...keys, ...(modified ? [modified] : [])].filter((k) => !byName.has(k));
  if (unknown.length > 0)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:activity.inputNoColumn', {
        columns: unknown.map((c) => `'${c}'`).join(', '),
      }),
    );
  const type = modified ? byName.get(modified)?.type : undefined;
  if (modified && type && !modificationTypes.has(type))
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:activity.deduplication.modificationType', { column: modified, type }),
    );
}

/**
 * Deduplication: one row per distinct key, the most recently modified by `modifiedColumn`.
 *
 * Rule: rows are read sorted by the keys, equal keys in the input's key order. In each group
 * the row with the latest modification value is kept; on a tie, or without a modification
 * column, the first of the group in that order. A row whose keys are all empty (null or '')
 * is no duplicate of anything: each such row is kept, as Campaign does. Rows with only some
 * keys empty are grouped on the values they have, an empty key matching an empty one.
 */
export const deduplicationActivity: ActivityModule<'deduplication'> = {
  check: (activity) =>
    activity.keys.length > 0 ? [] : [msg('messages:activityCheck.deduplicationKeys')],

  outputColumns: (_activity, _output, input) => input,

  async execute(context) {
    const { activity, input, signal } = context;
    const { records } = context.env;
    if (!input)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:activity.deduplication.needsPopulation'),
      );
    if (activity.keys.length === 0)
      throw new ConsoleError('VALIDATION_FAILED', msg('messages:activityCheck.deduplicationKeys'));
    const definition = await records.describeTable(input.table);
    checkColumns(definition, activity.keys, activity.modifiedColumn);
    const output = await context.createWorkTable(
      'Deduplicated population',
      definition.columns,
      definition.key,
    );

    // Each input row is kept once at most, under its own key, in a new table: nothing to match.
    const keyOf = (row: RecordRow) => activity.keys.map((k) => row[k] ?? null);
    const sameKey = (a: RecordValue[], b: RecordValue[]) => a.every((v, i) => v === b[i]);
    const modified = activity.modifiedColumn;
    let pending: RecordRow[] = [];
    let kept = 0;
    const keep = async (row: RecordRow) => {
      pending.push(row);
      kept += 1;
      if (pending.length >= batchSize) {
        await records.upsert(output, pending, { onlyNew: true });
        pending = [];
      }
    };

    let group: { key: RecordValue[]; best: RecordRow } | null = null;
    let read = 0;
    context.progress(0, input.count);
    const sort = activity.keys.map((column) => ({ column, descending: false }));
    for await (const batch of records.stream(input.table, { sort }, batchSize)) {
      signal.throwIfAborted();
      for (const row of batch) {
        const key = keyOf(row);
        if (key.every(isEmpty)) {
          await keep(row);
        } else if (group && sameKey(group.key, key)) {
          if (modified && newer(row[modified], group.best[modified])) group.best = row;
        } else {
          if (group) await keep(group.best);
          group = { key, best: row };
        }
      }
      read += batch.length;
      context.progress(read, input.count);
    }
    if (group) await keep(group.best);
    if (pending.length > 0) await records.upsert(output, pending, { onlyNew: true });

    const removed = read - kept;
    context.log('info', msg('messages:log.deduplicated', { count: removed, kept, read }));
    return { outputs: { ok: { table: output, count: kept } } };
  },
};
