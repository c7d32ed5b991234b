import type { RecordRow, RecordValue } from '../../../shared/domain/records';

/** `2024-03-01T10:15:00.000+0000` → `2024-03-01T10:15:00.000Z`, the record store's form. */
const salesforceDateTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?)\+0000$/;

/** One Salesforce value as the record store keeps it. */
export function valueFromSalesforce(raw: unknown): RecordValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') {
    const utc = salesforceDateTime.exec(raw);
    return utc ? `${utc[1]}${utc[1]?.length === 19 ? '.000' : ''}Z` : raw;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  // Compound values (addresses, locations) are not among the fields an import selects.
  return JSON.stringify(raw);
}

/** A value as Salesforce wrote it, as text (Copy/Paste). */
function rawFromSalesforce(raw: unknown): RecordValue {
  if (raw === undefined || raw === null) return null;
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

/**
 * A record of a query answer, without its `attributes`, with datetimes in UTC ISO form; the
 * `raw` fields as Salesforce wrote them, as text.
 */
export function recordFromSalesforce(
  raw: Record<string, unknown>,
  fields: readonly string[],
  rawFields: ReadonlySet<string> = new Set(),
): RecordRow {
  const row: RecordRow = {};
  for (const field of fields)
    row[field] = rawFields.has(field)
      ? rawFromSalesforce(raw[field])
      : valueFromSalesforce(raw[field]);
  return row;
}

/** A SOQL datetime literal (UTC, whole seconds). */
export function soqlDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
