import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type { ColumnDefinition, RecordValue } from '../../../shared/domain/records';
import { consoleI18n } from '../../i18n/console-i18n';

export interface ShownValue {
  text: string;
  /** The stored form, where the text differs from it (dates). */
  tooltip?: string;
}

export interface ValueFormatter {
  (value: RecordValue | undefined): ShownValue;
}

/** Formatters are built per column once, not per cell: Intl formatters are slow to create. */
export function valueFormatter(
  column: ColumnDefinition,
  enumeration: readonly EnumerationValue[] | undefined,
  locale: string = consoleI18n.language,
): ValueFormatter {
  const plain = (value: RecordValue | undefined): ShownValue => ({
    text: value === null || value === undefined ? '' : String(value),
  });
  if (enumeration) {
    const labels = new Map(enumeration.map((v) => [v.value, v.label]));
    return (value) => {
      if (value === null || value === undefined) return { text: '' };
      const label = labels.get(String(value));
      return label === undefined ? plain(value) : { text: label, tooltip: String(value) };
    };
  }
  switch (column.type) {
    case 'boolean':
      return (value) =>
        typeof value === 'boolean'
          ? {
              text: value
                ? consoleI18n.t('records:values.yes')
                : consoleI18n.t('records:values.no'),
            }
          : plain(value);
    case 'datetime':
      // Stored in UTC: shown in the reader's time zone.
      return dated(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }));
    case 'datetimenotz':
      // No time zone: shown as written, so formatted as if UTC.
      return dated(
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'medium',
          timeZone: 'UTC',
        }),
        (text) => `${text}Z`,
      );
    case 'date':
      return dated(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
    default:
      return plain;
  }
}

function dated(format: Intl.DateTimeFormat, asInstant = (text: string) => text): ValueFormatter {
  return (value) => {
    if (typeof value !== 'string') return { text: value == null ? '' : String(value) };
    const time = Date.parse(asInstant(value));
    return Number.isNaN(time) ? { text: value } : { text: format.format(time), tooltip: value };
  };
}

/** Right-aligned in the grid, as numbers are in every spreadsheet. */
export const isNumeric = (column: ColumnDefinition): boolean =>
  !column.enumeration && ['byte', 'short', 'long', 'int64', 'double'].includes(column.type);
