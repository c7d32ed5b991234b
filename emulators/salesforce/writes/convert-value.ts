import { formatDate, parseDate, parseDateTime } from '../datetime';
import type { Org } from '../data/org';
import { normalizeId } from '../ids';
import {
  fieldLength,
  isNumberType,
  isTextType,
  type FieldSpec,
  type FieldValue,
} from '../schema/field-spec';
import {
  RecordRejected,
  entityIsDeleted,
  invalidCrossReference,
  saveError,
  type SaveError,
} from './save-error';

const emailPattern = /^[^\s@()<>,;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

function reject(error: SaveError): never {
  throw new RecordRejected(error);
}

function wrongType(field: FieldSpec, value: unknown): never {
  reject(
    saveError(
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      `${field.label}: value not of required type: ${String(value)}`,
      [field.name],
    ),
  );
}

/**
 * Turns a JSON value sent for a field into the stored value, with Salesforce's per-field
 * errors: STRING_TOO_LONG, INVALID_EMAIL_ADDRESS, restricted picklists, numbers out of range,
 * and for references MALFORMED_ID, ENTITY_IS_DELETED, INVALID_CROSS_REFERENCE_KEY.
 */
export function convertValue(org: Org, field: FieldSpec, value: unknown): FieldValue {
  if (value === null || value === '') return null;
  if (field.type === 'id' || field.type === 'reference') return convertReference(org, field, value);
  if (isTextType(field.type)) return convertText(field, value);
  if (isNumberType(field.type)) return convertNumber(field, value);
  switch (field.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return wrongType(field, value);
    case 'date': {
      const text = String(value);
      const day = parseDate(text.slice(0, 10));
      if (typeof value !== 'string' || day === null) return wrongType(field, value);
      return formatDate(day);
    }
    case 'datetime': {
      if (typeof value !== 'string') return wrongType(field, value);
      const ms = parseDateTime(value) ?? parseDate(value);
      return ms === null ? wrongType(field, value) : ms;
    }
    default:
      return wrongType(field, value);
  }
}

function convertText(field: FieldSpec, value: unknown): FieldValue {
  if (typeof value === 'object') return wrongType(field, JSON.stringify(value));
  const text = String(value);
  const max = fieldLength(field);
  if (text.length > max)
    reject(
      saveError(
        'STRING_TOO_LONG',
        `${field.label}: data value too large: ${text} (max length=${max})`,
        [field.name],
      ),
    );
  if (field.type === 'email' && !emailPattern.test(text))
    reject(
      saveError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${text}`, [
        field.name,
      ]),
    );
  const picklist = field.picklist;
  if (picklist?.restricted) {
    const chosen = field.type === 'multipicklist' ? text.split(';') : [text];
    const bad = chosen.find((part) => !picklist.values.includes(part));
    if (bad !== undefined)
      reject(
        saveError(
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          `${field.label}: bad value for restricted picklist field: ${bad}`,
          [field.name],
        ),
      );
  }
  return text;
}

function convertNumber(field: FieldSpec, value: unknown): FieldValue {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(number)) return wrongType(field, value);
  const integral = field.type === 'int' || field.type === 'long';
  if (integral && !Number.isInteger(number)) return wrongType(field, value);
  const digits = integral ? (field.digits ?? 9) : (field.precision ?? 18) - (field.scale ?? 0);
  if (Math.abs(Math.trunc(number)).toString().length > digits)
    reject(
      saveError(
        'NUMBER_OUTSIDE_VALID_RANGE',
        `${field.label}: value outside of valid range on numeric field: ${number}`,
        [field.name],
      ),
    );
  const scale = integral ? 0 : (field.scale ?? 0);
  return Math.round(number * 10 ** scale) / 10 ** scale;
}

function convertReference(org: Org, field: FieldSpec, value: unknown): FieldValue {
  const text = String(value);
  const id = typeof value === 'string' ? normalizeId(text) : null;
  if (!id)
    reject(
      saveError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${text}`, [
        field.name,
      ]),
    );
  const store = org.storeForId(id);
  if (!store || !(field.referenceTo ?? []).includes(store.name))
    reject(
      saveError(
        'FIELD_INTEGRITY_EXCEPTION',
        `${field.label}: id value of incorrect type: ${text}`,
        [field.name],
      ),
    );
  const ref = store.refOf(id);
  if (ref === null) reject(invalidCrossReference);
  if (store.isDeleted(ref)) reject(entityIsDeleted);
  return id;
}
