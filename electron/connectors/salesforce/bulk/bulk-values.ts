import type { CrmField } from '../../../../shared/domain/crm';
import type { RecordRow, RecordValue } from '../../../../shared/domain/records';

/** What Bulk API 2.0 reads as "set this field to null" in uploaded CSV. */
export const bulkNull = '#N/A';

const numberTypes = new Set(['byte', 'short', 'long', 'int64', 'double']);

/** A CSV cell of a bulk query result as the record store keeps it: typed, empty as null. */
export function valueFromCsv(text: string, field: CrmField | undefined, raw: boolean): RecordValue {
  if (text === '') return null;
  if (raw || !field) return text;
  if (field.type === 'boolean') return text === 'true';
  if (field.type !== null && numberTypes.has(field.type)) {
    const number = Number(text);
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

/** A record's value as an uploaded CSV cell: null as `#N/A`, so an update clears the field. */
export function valueToCsv(value: RecordValue | undefined): string {
  if (value === null) return bulkNull;
  if (value === undefined) return '';
  return String(value);
}

/** One result row per CSV header, as a record of the chosen fields. */
export function recordFromCsv(
  header: readonly string[],
  row: readonly string[],
  fields: ReadonlyMap<string, CrmField>,
  rawFields: ReadonlySet<string>,
): RecordRow {
  const record: RecordRow = {};
  header.forEach((name, i) => {
    record[name] = valueFromCsv(row[i] ?? '', fields.get(name), rawFields.has(name));
  });
  return record;
}
