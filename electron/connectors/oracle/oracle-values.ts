import type { RecordRow, RecordValue } from '../../../shared/domain/records';
import type { OracleFieldInfo } from './oracle-catalog';
import {
  dayFromOracle,
  instantFromOracle,
  oracleDateFromValue,
  oracleDateTimeFromValue,
  wallClockFromOracle,
} from './oracle-dates';

/**
 * One Oracle value as the record store keeps it. Default: datetimes as UTC instants read in the
 * CRM user's zone. Raw (Without time offset, Copy/Paste): datetimes as the wall clock Oracle
 * wrote, in ISO order, other values as Oracle's text.
 */
export function valueFromOracle(
  text: string | undefined,
  field: OracleFieldInfo,
  zone: string,
  raw: boolean,
): RecordValue {
  if (text === undefined || text === '') return null;
  switch (field.type) {
    case 'dateTime':
      return (raw ? wallClockFromOracle(text) : instantFromOracle(text, zone)) ?? text;
    case 'date':
      return dayFromOracle(text) ?? text;
    case 'number':
    case 'integer': {
      const n = Number(text);
      return raw || !Number.isFinite(n) ? text : n;
    }
    case 'boolean':
      return raw ? text : text === 'true' || text === 'Y';
    default:
      return text;
  }
}

/** A platform value as Oracle's text for a write; an Error names a value Oracle cannot take. */
export function valueToOracle(
  value: RecordValue,
  field: OracleFieldInfo,
  zone: string,
): string | Error {
  if (value === null || value === '') return '';
  const text = String(value);
  switch (field.type) {
    case 'dateTime':
      return (
        oracleDateTimeFromValue(text, zone) ??
        new Error(`'${text}' is not a date and time for ${field.name}.`)
      );
    case 'date':
      return oracleDateFromValue(text) ?? new Error(`'${text}' is not a date for ${field.name}.`);
    case 'number':
    case 'integer':
      return Number.isFinite(Number(text))
        ? text
        : new Error(`'${text}' is not a number for ${field.name}.`);
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      if (/^(true|y|1)$/i.test(text)) return 'true';
      if (/^(false|n|0)$/i.test(text)) return 'false';
      return new Error(`'${text}' is not a yes/no value for ${field.name}.`);
    default:
      return text;
  }
}

/** A record of a QueryPage answer, the fields asked for, in the record store's form. */
export function recordFromOracle(
  texts: ReadonlyMap<string, string>,
  fields: readonly OracleFieldInfo[],
  zone: string,
  rawFields: ReadonlySet<string>,
): RecordRow {
  const row: RecordRow = {};
  for (const field of fields)
    row[field.name] = valueFromOracle(
      texts.get(field.name),
      field,
      zone,
      rawFields.has(field.name),
    );
  return row;
}
