import type {
  ColumnDefinition,
  ColumnType,
  TableDefinition,
} from '../../../../shared/domain/records';
import type { ActivityOf } from '../../../../shared/domain/workflows/activity-settings';
import type { RecordStore } from '../../../storage/records/record-store';

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
  /** The destination's key or unique key rows are matched on, as declared. */
  reconciliation: string[];
  /** The primary key column given fresh ids on new rows; null when none is generated. */
  generatedKey: string | null;
}

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/** The checks that need no table: what the editor shows before a run. */
export function settingsProblems(activity: UpdateData): string[] {
  const problems: string[] = [];
  if (!activity.table) problems.push('Select the table to update.');
  if (activity.mapping.length === 0) problems.push('Map at least one column.');
  if (activity.reconciliation.length === 0)
    problems.push('Choose the columns records are reconciled on.');
  const destinations = activity.mapping.map((m) => m.destination);
  const twice = destinations.filter((d, i) => destinations.indexOf(d) !== i);
  if (twice.length > 0) problems.push(`Column ${quoted([...new Set(twice)])} is mapped twice.`);
  const unmapped = activity.reconciliation.filter((c) => !destinations.includes(c));
  if (unmapped.length > 0)
    problems.push(
      `The reconciliation column ${quoted(unmapped)} must be mapped: its value finds the record.`,
    );
  return problems;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
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
  if (problems.length > 0 || !activity.table) throw new Error(problems.join(' '));
  const destination = await records.describeTable(activity.table);
  const input = await records.describeTable(inputTable);
  const has = (table: TableDefinition, name: string) => table.columns.some((c) => c.name === name);

  const unknownSources = activity.mapping.map((m) => m.source).filter((s) => !has(input, s));
  if (unknownSources.length > 0)
    throw new Error(`The input population has no column ${quoted(unknownSources)}.`);
  const unknownDestinations = activity.mapping
    .map((m) => m.destination)
    .filter((d) => !has(destination, d));
  if (unknownDestinations.length > 0)
    throw new Error(`Table '${destination.name}' has no column ${quoted(unknownDestinations)}.`);

  const keys = [destination.key, ...destination.uniqueKeys];
  const reconciliation = keys.find((k) => sameColumns(k, activity.reconciliation));
  if (!reconciliation)
    throw new Error(
      `Records of '${destination.name}' can be reconciled only on its key or a unique key: ${keys
        .map((k) => `(${k.join(', ')})`)
        .join(', ')}; (${activity.reconciliation.join(', ')}) is neither.`,
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
    throw new Error(
      `New records of '${destination.name}' need a primary key: map ${quoted(unmappedKey)} (only a single whole-number key is generated).`,
    );
  return { destination, input, reconciliation, generatedKey };
}
