import type { CrmField } from '../../../shared/domain/crm';
import { msg } from '../../../shared/i18n/message';
import type { CrmQuery } from '../connector';
import { CrmError } from '../crm-error';
import { soqlDateTime } from './salesforce-values';
import { toSoqlWhere } from './soql-filter';

const fieldName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Ids per `Id IN (...)` query, well within SOQL's statement length. */
export const idChunkSize = 200;

function checked(name: string, fields: ReadonlyMap<string, CrmField>, table: string): string {
  if (!fieldName.test(name) || !fields.has(name))
    throw new CrmError(msg('messages:connectors.noField', { table, field: name }));
  return name;
}

/** A SOQL string literal: backslashes and quotes escaped, so any id text is safe. */
function soqlString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function whereClause(
  query: CrmQuery,
  fields: ReadonlyMap<string, CrmField>,
  ids: readonly string[] | undefined,
): string {
  const where: string[] = [];
  if (query.filter) where.push(`(${toSoqlWhere(query.filter.node, fields, query.filter.values)})`);
  if (query.modified) {
    const field = checked(query.modified.field, fields, query.table);
    if (query.modified.since) where.push(`${field} >= ${soqlDateTime(query.modified.since)}`);
    if (query.modified.until) where.push(`${field} < ${soqlDateTime(query.modified.until)}`);
  }
  if (ids) where.push(`Id IN (${ids.map(soqlString).join(', ')})`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/**
 * The SOQL of an import query: the select list, the filter, the modification window, the order;
 * `ids` (one chunk of `query.ids`) limits it to those records.
 */
export function importSoql(
  query: CrmQuery,
  fields: ReadonlyMap<string, CrmField>,
  ids?: readonly string[],
): string {
  const select = query.fields.map((f) => checked(f, fields, query.table));
  const order = (query.orderBy ?? []).map(
    (o) => `${checked(o.field, fields, query.table)} ${o.descending ? 'DESC' : 'ASC'}`,
  );
  return [
    `SELECT ${select.join(', ')} FROM ${query.table}`,
    whereClause(query, fields, ids),
    order.length ? `ORDER BY ${order.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The SOQL counting an import query's records. */
export function countSoql(
  query: CrmQuery,
  fields: ReadonlyMap<string, CrmField>,
  ids?: readonly string[],
): string {
  return [`SELECT COUNT() FROM ${query.table}`, whereClause(query, fields, ids)]
    .filter(Boolean)
    .join(' ');
}

/** A Salesforce record id: 15 or 18 letters and digits. */
const recordId = /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/;

/**
 * `query.ids` in chunks, or one pass without an id list. Texts that are no record id are left
 * out (Salesforce refuses the whole query for one of them): they name no record anyway.
 */
export function idChunks(query: CrmQuery): (readonly string[] | undefined)[] {
  if (!query.ids) return [undefined];
  const ids = query.ids.filter((id) => recordId.test(id));
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += idChunkSize) chunks.push(ids.slice(i, i + idChunkSize));
  return chunks;
}
