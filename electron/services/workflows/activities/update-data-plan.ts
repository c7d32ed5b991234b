import type {
  ColumnDefinition,
  ColumnType,
  TableDefinition,
} from '../../../../shared/domain/records';
import type { ActivityOf } from '../../../../shared/domain/workflows/activity-settings';
import { ConsoleError } from '../../../core/console-error';
import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { sentences } from '../../../../shared/i18n/sentences';
import type { RecordStore } from '../../../storage/records/record-store';
import { mappingMisfits } from './mapping-fit';

type UpdateData = ActivityOf<'updateData'>;

/** Whole-number types a primary key can be generated for (max + 1). */
const generatedKeyTypes = new Set<ColumnType>(['byte', 'short', 'long', 'int64']);

/** The columns the reject population adds to the input's. */
export const rejectColumns: ColumnDefinition[] = [
  { name: 'errorSymbol', label: 'Error symbol', type: 'string', length: 64 },
  { name: 'errorMessage', label: 'Error message', type: 'memo' },
];

/** How an Update data activity writes, once its settings are checked against both tables. */
export interface UpdatePlan {
  destination: TableDefinition;
  input: TableDefinition;
  /**
   * The destination's key or unique key rows are matched on, as declared; empty for an insert
   * whose key the table generates (every row is a new record).
   */
  reconciliation: string[];
  /** The primary key column given fresh ids on new rows; null when none is generated. */
  generatedKey: string | null;
}

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/** The checks that need no table: what the editor shows before a run. */
export function settingsProblems(activity: UpdateData): ConsoleMessage[] {
  const problems: ConsoleMessage[] = [];
  if (!activity.table) problems.push(msg('messages:activity.updateData.selectTable'));
  if (activity.mapping.length === 0) problems.push(msg('messages:input.mapOneColumn'));
  // An insert finds no record: its key is the mapped primary key, or one the table generates.
  if (activity.reconciliation.length === 0 && activity.operation !== 'insert')
    problems.push(msg('messages:activity.updateData.chooseReconciliation'));
  const destinations = activity.mapping.map((m) => m.destination);
  const twice = destinations.filter((d, i) => destinations.indexOf(d) !== i);
  if (twice.length > 0)
    problems.push(
      msg('messages:activity.updateData.mappedTwice', { columns: quoted([...new Set(twice)]) }),
    );
  const unmapped = activity.reconciliation.filter((c) => !destinations.includes(c));
  if (unmapped.length > 0)
    problems.push(
      msg('messages:activity.updateData.reconciliationUnmapped', { columns: quoted(unmapped) }),
    );
  return problems;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

interface DestinationCheck {
  problems: ConsoleMessage[];
  reconciliation: string[];
  generatedKey: string | null;
}

/** The settings against the destination table: what Start, the run and the editor all check. */
function checkDestination(activity: UpdateData, destination: TableDefinition): DestinationCheck {
  const problems: ConsoleMessage[] = [];
  const has = (name: string) => destination.columns.some((c) => c.name === name);
  const unknown = activity.mapping.map((m) => m.destination).filter((d) => d && !has(d));
  if (unknown.length > 0)
    problems.push(
      msg('messages:activity.updateData.noColumn', {
        table: destination.name,
        columns: quoted(unknown),
      }),
    );

  const keys = [destination.key, ...destination.uniqueKeys];
  const declared = keys.find((k) => sameColumns(k, activity.reconciliation));
  if (!declared && activity.reconciliation.length > 0)
    problems.push(
      msg('messages:activity.updateData.reconcileOnKey', {
        table: destination.name,
        keys: keys.map((k) => `(${k.join(', ')})`).join(', '),
        columns: activity.reconciliation.join(', '),
      }),
    );

  const mapped = new Set(activity.mapping.map((m) => m.destination));
  const unmappedKey = destination.key.filter((k) => !mapped.has(k));
  const keyColumn = destination.columns.find((c) => c.name === destination.key[0]);
  const generatedKey =
    unmappedKey.length === 1 &&
    destination.key.length === 1 &&
    keyColumn &&
    generatedKeyTypes.has(keyColumn.type)
      ? keyColumn.name
      : null;
  if (activity.operation !== 'update' && unmappedKey.length > 0 && !generatedKey)
    problems.push(
      msg('messages:activity.updateData.needsKey', {
        table: destination.name,
        columns: quoted(unmappedKey),
      }),
    );
  // An insert without reconciliation columns: every row is new when the key is generated, else
  // the mapped primary key finds the rows that already exist.
  const reconciliation = declared ?? (generatedKey ? [] : destination.key);
  return { problems, reconciliation, generatedKey };
}

/**
 * Start's check: the settings, then the destination table when there is one to read, and the
 * mapping against the incoming population's columns when they are known before the run.
 */
export async function updateDataProblems(
  activity: UpdateData,
  records: RecordStore,
  input: readonly ColumnDefinition[] | null,
): Promise<ConsoleMessage[]> {
  const problems = settingsProblems(activity);
  if (!activity.table) return problems;
  const destination = await records.describeTable(activity.table).catch(() => null);
  if (!destination)
    return [...problems, msg('messages:activity.updateData.noTable', { table: activity.table })];
  return [
    ...problems,
    ...checkDestination(activity, destination).problems,
    ...(input ? mappingMisfits(activity.mapping, input, destination.columns) : []),
  ];
}

/** The problems found, worded together: the run's failure. */
function refused(problems: readonly ConsoleMessage[]): ConsoleError {
  return new ConsoleError(
    'VALIDATION_FAILED',
    msg('messages:activity.problems', { problems: sentences(problems) }),
  );
}

/**
 * Checks the settings against the destination and input tables; throws a message naming what
 * is wrong, before anything is written.
 */
export async function planUpdate(
  activity: UpdateData,
  records: RecordStore,
  inputTable: string,
): Promise<UpdatePlan> {
  const problems = settingsProblems(activity);
  if (problems.length > 0 || !activity.table) throw refused(problems);
  const destination = await records.describeTable(activity.table);
  const input = await records.describeTable(inputTable);
  const has = (table: TableDefinition, name: string) => table.columns.some((c) => c.name === name);

  const unknownSources = activity.mapping.map((m) => m.source).filter((s) => !has(input, s));
  if (unknownSources.length > 0)
    throw refused([msg('messages:activity.inputNoColumn', { columns: quoted(unknownSources) })]);
  const checked = checkDestination(activity, destination);
  const misfits = mappingMisfits(activity.mapping, input.columns, destination.columns);
  if (checked.problems.length + misfits.length > 0)
    throw refused([...checked.problems, ...misfits]);
  const { reconciliation, generatedKey } = checked;
  return { destination, input, reconciliation, generatedKey };
}
