import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import {
  isCreateable,
  isNillable,
  isRequiredOnCreate,
  isUpdateable,
  type FieldValue,
} from '../schema/field-spec';
import { convertValue } from './convert-value';
import { RecordRejected, saveError } from './save-error';

/** Keys of a record body that name the record rather than set a field. */
const recordKeys = new Set(['attributes', 'id']);

/**
 * Checks a record body against the object's fields and converts its values, in the order
 * Salesforce reports problems: unknown fields, read-only fields, bad values, missing
 * required fields. Create also fills in picklist and checkbox defaults.
 */
export function prepareValues(
  org: Org,
  store: ObjectStore,
  body: Readonly<Record<string, unknown>>,
  mode: 'create' | 'update',
): Map<string, FieldValue> {
  const entries = Object.entries(body).filter(([key]) => !recordKeys.has(key.toLowerCase()));
  for (const [key] of entries)
    if (!store.field(key))
      throw new RecordRejected(
        saveError('INVALID_FIELD', `No such column '${key}' on sobject of type ${store.name}`),
      );
  const readOnly = entries
    .map(([key]) => store.field(key))
    .filter((field) => field && !(mode === 'create' ? isCreateable(field) : isUpdateable(field)))
    .map((field) => field?.name as string);
  if (readOnly.length > 0)
    throw new RecordRejected(
      saveError(
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        readOnly,
      ),
    );
  const values = new Map<string, FieldValue>();
  for (const [key, raw] of entries) {
    const field = store.field(key);
    if (field) values.set(field.name, convertValue(org, field, raw));
  }
  if (mode === 'create')
    for (const field of store.spec.fields) {
      if (values.get(field.name) != null || !isCreateable(field)) continue;
      if (field.picklist?.defaultValue !== undefined)
        values.set(field.name, field.picklist.defaultValue);
      else if (field.type === 'boolean') values.set(field.name, false);
    }
  const missing = store.spec.fields
    .filter((field) =>
      mode === 'create'
        ? isRequiredOnCreate(field) && values.get(field.name) == null
        : values.has(field.name) && values.get(field.name) === null && !isNillable(field),
    )
    .map((field) => field.name);
  if (missing.length > 0)
    throw new RecordRejected(
      saveError(
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.join(', ')}]`,
        missing,
      ),
    );
  return values;
}
