import type { ColumnDefinition, ColumnType } from '../../../../shared/domain/records';

/** The shortest text each text-held type accepts (see the record store's value checks). */
const shortestText: Partial<Record<ColumnType, number>> = {
  uuid: 36,
  date: 10,
  time: 8,
  datetimenotz: 19,
  datetime: 17,
};
const textTypes = new Set<ColumnType>(['string', 'memo']);
const numberTypes = new Set<ColumnType>(['byte', 'short', 'long', 'int64', 'double']);
const heldAsText = new Set<ColumnType>([
  ...textTypes,
  ...Object.keys(shortestText),
] as ColumnType[]);

function described(column: ColumnDefinition): string {
  if (column.type === 'string') return `text of up to ${column.length ?? 255} characters`;
  if (column.type === 'memo') return 'long text';
  return `a ${column.type}`;
}

/** Why no value of `source` can be stored in `destination`; null when some value can. */
function misfit(source: ColumnDefinition, destination: ColumnDefinition): string | null {
  const to = destination.type;
  if (source.type === to) return null;
  if (textTypes.has(to)) return heldAsText.has(source.type) ? null : 'it holds text';
  if (numberTypes.has(to)) return numberTypes.has(source.type) ? null : 'it holds numbers';
  if (to === 'boolean') return 'it holds true or false';
  const shortest = shortestText[to] ?? 0;
  if (!textTypes.has(source.type)) return `it holds a ${to} only`;
  const longest = source.type === 'memo' ? Infinity : (source.length ?? 255);
  return longest < shortest ? `a ${to} takes ${shortest} characters` : null;
}

/**
 * Mapping lines whose source column's type can never fill the destination column (e.g. an
 * 18-character CRM id into a uuid): found from the two definitions, before any row is read,
 * where the run would otherwise reject every row.
 */
export function mappingMisfits(
  mapping: readonly { source: string; destination: string }[],
  input: readonly ColumnDefinition[],
  destination: readonly ColumnDefinition[],
): string[] {
  return mapping.flatMap(({ source, destination: target }) => {
    const from = input.find((c) => c.name === source);
    const to = destination.find((c) => c.name === target);
    const why = from && to ? misfit(from, to) : null;
    if (!from || !to || !why) return [];
    return [
      `Column '${source}' (${described(from)}) cannot fill '${target}' (${described(to)}): ${why}.`,
    ];
  });
}
