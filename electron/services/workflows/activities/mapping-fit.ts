import type { ColumnDefinition, ColumnType } from '../../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';

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

function described(column: ColumnDefinition): ConsoleMessage {
  if (column.type === 'string')
    return msg('messages:activity.mapping.text', { length: column.length ?? 255 });
  if (column.type === 'memo') return msg('messages:activity.mapping.longText');
  return msg('messages:activity.mapping.type', { type: column.type });
}

/** Why no value of `source` can be stored in `destination`; null when some value can. */
function misfit(source: ColumnDefinition, destination: ColumnDefinition): ConsoleMessage | null {
  const to = destination.type;
  if (source.type === to) return null;
  if (textTypes.has(to))
    return heldAsText.has(source.type) ? null : msg('messages:activity.mapping.holdsText');
  if (numberTypes.has(to))
    return numberTypes.has(source.type) ? null : msg('messages:activity.mapping.holdsNumbers');
  if (to === 'boolean') return msg('messages:activity.mapping.holdsBoolean');
  const shortest = shortestText[to] ?? 0;
  if (!textTypes.has(source.type)) return msg('messages:activity.mapping.holdsOnly', { type: to });
  const longest = source.type === 'memo' ? Infinity : (source.length ?? 255);
  return longest < shortest
    ? msg('messages:activity.mapping.takesCharacters', { type: to, length: shortest })
    : null;
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
): ConsoleMessage[] {
  return mapping.flatMap(({ source, destination: target }) => {
    const from = input.find((c) => c.name === source);
    const to = destination.find((c) => c.name === target);
    const why = from && to ? misfit(from, to) : null;
    if (!from || !to || !why) return [];
    return [
      msg('messages:activity.mapping.cannotFill', {
        source,
        from: described(from),
        target,
        to: described(to),
        why,
      }),
    ];
  });
}
