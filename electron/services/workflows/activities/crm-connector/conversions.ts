import type { CrmField } from '../../../../../shared/domain/crm';
import type { ColumnDefinition, RecordValue } from '../../../../../shared/domain/records';
import type { Conversion } from '../../../../../shared/domain/workflows/crm-connector-settings';

/** One imported field: its work-table column and how its value is converted. */
export interface ImportColumn {
  field: string;
  column: ColumnDefinition;
  /** Whether the value is read as the CRM wrote it (the connector's raw text). */
  raw: boolean;
  /** null: the value is stored as the connector gives it, untouched. */
  convert: ((value: RecordValue) => RecordValue) | null;
}

const wallClock = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)/;
const dayPart = /^(\d{4}-\d{2}-\d{2})/;

function textColumn(field: CrmField): ColumnDefinition {
  const length = Math.max(field.length ?? 255, 255);
  return length > 4000
    ? { name: field.name, label: field.label, type: 'memo' }
    : { name: field.name, label: field.label, type: 'string', length };
}

function typedColumn(field: CrmField): ColumnDefinition {
  if (field.type === null || field.type === 'string' || field.type === 'memo')
    return textColumn(field);
  return { name: field.name, label: field.label, type: field.type };
}

function matched(pattern: RegExp): (value: RecordValue) => RecordValue {
  return (value) =>
    typeof value === 'string' ? (pattern.exec(value)?.[1] ?? null) : (value ?? null);
}

/**
 * The seed's "Data format" on import. Default: the platform type, datetimes as UTC instants
 * (time-zone management). Date only: the day as the CRM wrote it, in the CRM's zone. Without
 * time offset: the wall-clock time as written, as a datetime without zone. Copy/Paste: the raw
 * text. The latter three read the CRM's raw text, so the CRM's own offset is what they keep.
 */
export function importColumn(field: CrmField, conversion: Conversion): ImportColumn {
  const isDateTime = field.type === 'datetime';
  switch (conversion) {
    case 'dateOnly':
      if (isDateTime)
        return {
          field: field.name,
          column: { name: field.name, label: field.label, type: 'date' },
          raw: true,
          convert: matched(dayPart),
        };
      break;
    case 'withoutOffset':
      if (isDateTime)
        return {
          field: field.name,
          column: { name: field.name, label: field.label, type: 'datetimenotz' },
          raw: true,
          convert: matched(wallClock),
        };
      break;
    case 'copy':
      return {
        field: field.name,
        column: textColumn(field),
        raw: true,
        convert: (value) => (value === null ? null : String(value)),
      };
    case 'default':
      break;
  }
  return { field: field.name, column: typedColumn(field), raw: false, convert: null };
}

const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The seed's "Data format" on export, for a value of the platform. Default: a datetime without
 * zone is the console's local time, sent as a UTC instant. Date only: the day part. Without time
 * offset: the wall-clock time sent as is, as if it were UTC. Copy/Paste: the value untouched.
 */
export function exportValue(value: RecordValue, conversion: Conversion): RecordValue {
  if (typeof value !== 'string' || conversion === 'copy') return value;
  switch (conversion) {
    case 'dateOnly':
      return dayPart.exec(value)?.[1] ?? value;
    case 'withoutOffset':
      if (zoneless.test(value)) return `${value}Z`;
      if (zoned.test(value)) return `${wallClock.exec(value)?.[1] ?? value}Z`;
      return value;
    case 'default':
      return zoneless.test(value) ? new Date(value).toISOString() : value;
  }
}
