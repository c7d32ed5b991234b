/**
 * The compact definition of a Dataverse column. `attribute-metadata.ts` expands it to the
 * `AttributeMetadata` of the Web API; the store, `$filter` and the writes read the same one.
 */

/** `AttributeType` as the metadata names it (multi-select option sets are `Virtual`). */
export type AttributeType =
  | 'Uniqueidentifier'
  | 'String'
  | 'Memo'
  | 'Integer'
  | 'BigInt'
  | 'Decimal'
  | 'Double'
  | 'Money'
  | 'Boolean'
  | 'DateTime'
  | 'Picklist'
  | 'MultiSelectPicklist'
  | 'State'
  | 'Status'
  | 'Lookup'
  | 'Owner'
  | 'Customer'
  | 'PartyList';

export type RequiredLevel = 'None' | 'Recommended' | 'ApplicationRequired' | 'SystemRequired';

export interface OptionSpec {
  value: number;
  label: string;
  /** For a status option: the state it belongs to. */
  state?: number;
}

export interface OptionSetSpec {
  name: string;
  /** A global option set (`GlobalOptionSetDefinitions`), shared by several columns. */
  global?: boolean;
  options: readonly OptionSpec[];
}

export interface AttributeSpec {
  name: string;
  label: string;
  type: AttributeType;
  maxLength?: number;
  required?: RequiredLevel;
  /** Set by the platform alone: not valid for create or update. */
  readOnly?: boolean;
  /** Valid for create but not for update (the primary key). */
  createOnly?: boolean;
  optionSet?: OptionSetSpec;
  /** The entities a lookup, customer or owner column points to. */
  targets?: readonly string[];
  /** `Email`, `Phone`, `Url`, `Text` (strings); `DateOnly`, `DateAndTime` (dates). */
  format?: string;
  minValue?: number;
  maxValue?: number;
  precision?: number;
}

/** Internal value: datetimes as epoch ms, date-only as `YYYY-MM-DD`, multi-select as `1,3`. */
export type AttributeValue = string | number | boolean | null;

export function isLookupType(type: AttributeType): boolean {
  return type === 'Lookup' || type === 'Owner' || type === 'Customer';
}

export function isOptionType(type: AttributeType): boolean {
  return type === 'Picklist' || type === 'State' || type === 'Status';
}

export function isNumberType(type: AttributeType): boolean {
  return (
    type === 'Integer' ||
    type === 'BigInt' ||
    type === 'Decimal' ||
    type === 'Double' ||
    type === 'Money'
  );
}

export function isTextType(type: AttributeType): boolean {
  return type === 'String' || type === 'Memo';
}

/** The name a lookup's value goes by in records and `$filter`: `_parentcustomerid_value`. */
export function lookupValueName(attribute: string): string {
  return `_${attribute}_value`;
}

/** Columns a client may read: a party list has no value of its own in a row. */
export function isReadable(spec: AttributeSpec): boolean {
  return spec.type !== 'PartyList';
}
