import type { FieldValue } from '../../data/generation';
import type { OracleObjectStore } from '../data/object-store';
import { parseDateOnly, parseLocalDateTime } from '../local-time';
import type { OracleFieldSpec } from '../schema/field-spec';
import type { XmlElement } from '../soap/envelope';
import { OracleError, oracleErrors } from '../soap/oracle-error';

/** A picklist value given by code or by display value, as the code kept. */
function picklistCode(field: OracleFieldSpec, text: string, object: string): string {
  const entry = field.picklist?.find((each) => each.code === text || each.display === text);
  if (!entry) throw oracleErrors.notInPicklist(text, field.name, object);
  return entry.code;
}

/** One field's text from a write request, as the store keeps it. */
export function storedValue(
  field: OracleFieldSpec,
  text: string,
  object: string,
  timeZone: string,
): FieldValue {
  if (text === '') return null;
  switch (field.type) {
    case 'dateTime': {
      const ms = parseLocalDateTime(text, timeZone);
      if (ms === null) throw oracleErrors.badDate(text, field.name);
      return ms;
    }
    case 'date': {
      const ms = parseDateOnly(text);
      if (ms === null) throw oracleErrors.badDate(text, field.name);
      return ms;
    }
    case 'number': {
      const value = Number(text);
      if (!Number.isFinite(value)) throw oracleErrors.badNumber(text, field.name);
      return value;
    }
    case 'boolean': {
      const upper = text.toUpperCase();
      if (upper === 'Y' || upper === 'TRUE') return true;
      if (upper === 'N' || upper === 'FALSE') return false;
      throw oracleErrors.badBoolean(text, field.name);
    }
    case 'picklist':
      return picklistCode(field, text, object);
    case 'multiPicklist':
      return text
        .split(';')
        .map((part) => picklistCode(field, part.trim(), object))
        .join(';');
    default:
      if (field.maxLength !== undefined && text.length > field.maxLength)
        throw oracleErrors.tooLong(field.name, field.maxLength);
      return text;
  }
}

/** A write request's record: its key fields, and the values to set, every error collected. */
export interface IncomingRecord {
  id: string | null;
  externalSystemId: string | null;
  values: Map<string, FieldValue>;
  errors: OracleError[];
}

/** Reads one `<Object>` of a write request; `Id` is a key there, never a value to set. */
export function readRecord(
  element: XmlElement,
  store: OracleObjectStore,
  timeZone: string,
): IncomingRecord {
  const record: IncomingRecord = {
    id: null,
    externalSystemId: null,
    values: new Map(),
    errors: [],
  };
  for (const child of element.children) {
    const field = store.field(child.name);
    try {
      if (!field) throw oracleErrors.unknownField(child.name, store.name);
      if (field.name === 'Id') record.id = child.text === '' ? null : child.text;
      else if (field.readOnly) throw oracleErrors.readOnly(field.name);
      else {
        const value = storedValue(field, child.text, store.name, timeZone);
        record.values.set(field.name, value);
        if (field.name === 'ExternalSystemId') record.externalSystemId = value as string | null;
      }
    } catch (error) {
      if (!(error instanceof OracleError)) throw error;
      record.errors.push(error);
    }
  }
  return record;
}

/** Required fields a record would leave empty. */
export function missingRequired(
  store: OracleObjectStore,
  value: (field: string) => FieldValue,
): OracleError[] {
  return store.spec.fields
    .filter((field) => field.required)
    .filter((field) => {
      const current = value(field.name);
      return current === null || current === '';
    })
    .map((field) => oracleErrors.required(field.name));
}
