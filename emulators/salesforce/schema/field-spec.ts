/**
 * The compact definition of an sObject field. `describe-field.ts` expands it to the ~57
 * properties of the real describe call; the store and SOQL read the same definition.
 */

import type { FieldValue } from '../../data/generation';

export type FieldType =
  | 'id'
  | 'boolean'
  | 'reference'
  | 'string'
  | 'picklist'
  | 'multipicklist'
  | 'textarea'
  | 'double'
  | 'currency'
  | 'percent'
  | 'int'
  | 'long'
  | 'date'
  | 'datetime'
  | 'time'
  | 'email'
  | 'phone'
  | 'url'
  | 'address'
  | 'location'
  | 'base64'
  | 'combobox'
  | 'encryptedstring';

export interface PicklistSpec {
  values: readonly string[];
  /** The value new records get when none is given. */
  defaultValue?: string;
  /** Values that still exist on records but can no longer be chosen. */
  inactive?: readonly string[];
  /** Only the listed values are accepted on write. */
  restricted?: boolean;
}

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  length?: number;
  precision?: number;
  scale?: number;
  digits?: number;
  nillable?: boolean;
  createable?: boolean;
  updateable?: boolean;
  defaultedOnCreate?: boolean;
  externalId?: boolean;
  unique?: boolean;
  caseSensitive?: boolean;
  idLookup?: boolean;
  nameField?: boolean;
  namePointing?: boolean;
  picklist?: PicklistSpec;
  referenceTo?: readonly string[];
  relationshipName?: string;
  cascadeDelete?: boolean;
  compoundFieldName?: string;
  calculated?: boolean;
  formula?: string;
  filterable?: boolean;
  sortable?: boolean;
  groupable?: boolean;
  extraTypeInfo?: string;
  htmlFormatted?: boolean;
  inlineHelpText?: string;
}

/** Internal value of a field: datetimes as epoch milliseconds, dates as `YYYY-MM-DD`. */
export type { FieldValue };

const textTypes: ReadonlySet<FieldType> = new Set([
  'string',
  'picklist',
  'multipicklist',
  'textarea',
  'email',
  'phone',
  'url',
  'combobox',
  'encryptedstring',
  'base64',
]);

export function isTextType(type: FieldType): boolean {
  return textTypes.has(type);
}

export function isNumberType(type: FieldType): boolean {
  return (
    type === 'double' ||
    type === 'currency' ||
    type === 'percent' ||
    type === 'int' ||
    type === 'long'
  );
}

export function isCompoundType(type: FieldType): boolean {
  return type === 'address' || type === 'location';
}

/** Long text areas cannot be filtered or sorted on. */
export function isLongText(spec: FieldSpec): boolean {
  return spec.type === 'textarea' && (spec.length ?? 255) > 255;
}

export function isCustomName(name: string): boolean {
  return /__[cs]$/.test(name);
}

export function fieldLength(spec: FieldSpec): number {
  if (spec.type === 'id' || spec.type === 'reference') return 18;
  if (spec.length !== undefined) return spec.length;
  switch (spec.type) {
    case 'picklist':
      return 255;
    case 'multipicklist':
      return 4099;
    case 'email':
      return 80;
    case 'phone':
      return 40;
    case 'url':
      return 255;
    case 'textarea':
      return 255;
    default:
      return isTextType(spec.type) ? 255 : 0;
  }
}

export function isCreateable(spec: FieldSpec): boolean {
  return spec.createable ?? (spec.type !== 'id' && !spec.calculated && !isCompoundType(spec.type));
}

export function isUpdateable(spec: FieldSpec): boolean {
  return spec.updateable ?? isCreateable(spec);
}

export function isNillable(spec: FieldSpec): boolean {
  return spec.nillable ?? (spec.type !== 'id' && spec.type !== 'boolean');
}

export function isFilterable(spec: FieldSpec): boolean {
  return spec.filterable ?? (!isLongText(spec) && !isCompoundType(spec.type));
}

export function isSortable(spec: FieldSpec): boolean {
  return spec.sortable ?? (isFilterable(spec) && spec.type !== 'multipicklist');
}

export function isDefaultedOnCreate(spec: FieldSpec): boolean {
  return (
    spec.defaultedOnCreate ??
    (spec.type === 'id' || spec.type === 'boolean' || spec.picklist?.defaultValue !== undefined)
  );
}

/** A field a create call must set: not nillable, writable, and given no default. */
export function isRequiredOnCreate(spec: FieldSpec): boolean {
  return !isNillable(spec) && isCreateable(spec) && !isDefaultedOnCreate(spec);
}
