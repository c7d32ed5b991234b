import type { CrmField } from '../../../shared/domain/crm';
import type { RecordRow, RecordValue } from '../../../shared/domain/records';
import { isLookup } from './metadata-mapper';

/** The name a field has in the Web API's JSON: a lookup is read as `_<name>_value`. */
export const wireName = (field: CrmField) =>
  isLookup(field) ? `_${field.name}_value` : field.name;

/** `2024-03-01T10:15:00Z` → `2024-03-01T10:15:00.000Z`, the record store's form. */
const utcSeconds = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z$/;

function valueFromDynamics(raw: unknown): RecordValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') {
    const utc = utcSeconds.exec(raw);
    return utc ? `${utc[1]}.000Z` : raw;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return JSON.stringify(raw);
}

/** A row of a query answer under the fields' own names; `raw` fields as the service wrote them. */
export function recordFromDynamics(
  raw: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  byName: ReadonlyMap<string, CrmField>,
  rawFields: ReadonlySet<string>,
): RecordRow {
  const row: RecordRow = {};
  for (const name of fields) {
    const field = byName.get(name);
    const value = raw[field ? wireName(field) : name];
    row[name] = rawFields.has(name)
      ? value === undefined || value === null
        ? null
        : String(value)
      : valueFromDynamics(value);
  }
  return row;
}

/** An OData instant literal (UTC, whole seconds). */
export const odataInstant = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
