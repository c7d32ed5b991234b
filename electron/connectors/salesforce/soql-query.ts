import type { CrmField } from '../../../shared/domain/crm';
import type { CrmQuery } from '../connector';
import { CrmError } from '../crm-error';
import { soqlDateTime } from './salesforce-values';
import { toSoqlWhere } from './soql-filter';

const fieldName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checked(name: string, fields: ReadonlyMap<string, CrmField>, table: string): string {
  if (!fieldName.test(name) || !fields.has(name))
    throw new CrmError(`Table '${table}' has no field '${name}'.`);
  return name;
}

/** The SOQL of an import query: the select list, the filter, the modification window, the order. */
export function importSoql(query: CrmQuery, fields: ReadonlyMap<string, CrmField>): string {
  const select = query.fields.map((f) => checked(f, fields, query.table));
  const where: string[] = [];
  if (query.filter)
    where.push(`(${toSoqlWhere(query.filter.node, fields, query.filter.evaluate)})`);
  if (query.modified) {
    const field = checked(query.modified.field, fields, query.table);
    if (query.modified.since) where.push(`${field} >= ${soqlDateTime(query.modified.since)}`);
    if (query.modified.until) where.push(`${field} < ${soqlDateTime(query.modified.until)}`);
  }
  const order = (query.orderBy ?? []).map(
    (o) => `${checked(o.field, fields, query.table)} ${o.descending ? 'DESC' : 'ASC'}`,
  );
  return [
    `SELECT ${select.join(', ')} FROM ${query.table}`,
    where.length ? `WHERE ${where.join(' AND ')}` : '',
    order.length ? `ORDER BY ${order.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
