import type { EntitySpec } from '../schema/entity-spec';
import { columnOf, columnsOf, type Column } from './columns';
import { parseFilter, type FilterNode } from './filter';
import { badOption } from './odata-errors';

export interface OrderTerm {
  column: Column;
  descending: boolean;
}

/** The query options of a request on an entity set, checked against the entity. */
export interface EntityQuery {
  columns: Column[];
  /** The `$select` text, for `@odata.context`; null when all columns. */
  selectText: string | null;
  filter: FilterNode | null;
  orderBy: OrderTerm[];
  top: number | null;
  count: boolean;
  skipToken: string | null;
  deltaToken: string | null;
}

const supported = new Set([
  '$select',
  '$filter',
  '$orderby',
  '$top',
  '$count',
  '$skiptoken',
  '$deltatoken',
]);

/** Reads `$select`, `$filter`, `$orderby`, `$top`, `$count`; refuses what the emulator lacks. */
export function parseEntityQuery(entity: EntitySpec, params: URLSearchParams): EntityQuery {
  for (const name of params.keys()) {
    if (name === '$skip')
      throw badOption(
        'The query parameter $skip is not supported. Use paging (odata.maxpagesize and @odata.nextLink) instead.',
      );
    if (
      name === '$expand' ||
      name === '$apply' ||
      name === 'fetchXml' ||
      name === 'savedQuery' ||
      name === 'userQuery'
    )
      throw badOption(`The query parameter ${name} is not supported by this emulator.`);
    if (name.startsWith('$') && !supported.has(name))
      throw badOption(`The query parameter ${name} is not supported.`);
  }
  const select = params.get('$select');
  const columns =
    select === null || select.trim() === ''
      ? columnsOf(entity)
      : [...new Set(select.split(',').map((name) => name.trim()))].map((name) =>
          columnOf(entity, name),
        );
  const filterText = params.get('$filter');
  const topText = params.get('$top');
  let top: number | null = null;
  if (topText !== null) {
    if (!/^\d+$/.test(topText))
      throw badOption(
        `Invalid value '${topText}' for $top query option found. The $top query option requires a non-negative integer value.`,
      );
    top = Number(topText);
  }
  const countText = params.get('$count');
  if (countText !== null && countText !== 'true' && countText !== 'false')
    throw badOption(`'${countText}' is not a valid count option.`);
  return {
    columns,
    selectText:
      select === null || select.trim() === '' ? null : columns.map((c) => c.property).join(','),
    filter:
      filterText === null || filterText.trim() === ''
        ? null
        : parseFilter((name) => columnOf(entity, name), filterText),
    orderBy: parseOrderBy(entity, params.get('$orderby')),
    top,
    count: countText === 'true',
    skipToken: params.get('$skiptoken'),
    deltaToken: params.get('$deltatoken'),
  };
}

function parseOrderBy(entity: EntitySpec, text: string | null): OrderTerm[] {
  if (text === null || text.trim() === '') return [];
  return text.split(',').map((term) => {
    const m = /^\s*(\S+?)(?:\s+(asc|desc))?\s*$/i.exec(term);
    if (!m) throw badOption(`Syntax error at position 0 in '${text}'.`);
    const column = columnOf(entity, m[1] as string);
    if (column.attribute.type === 'MultiSelectPicklist' || column.attribute.type === 'Memo')
      throw badOption(`The column '${column.property}' cannot be used in $orderby.`);
    return { column, descending: (m[2] ?? 'asc').toLowerCase() === 'desc' };
  });
}

/** `odata.maxpagesize=N` from a Prefer header: default and most 5,000. */
export function pageSizeOf(prefer: string): { size: number; applied: string | null } {
  const m = /odata\.maxpagesize=(\d+)/.exec(prefer);
  if (!m) return { size: 5000, applied: null };
  const size = Math.max(1, Math.min(5000, Number(m[1])));
  return { size, applied: `odata.maxpagesize=${size}` };
}
