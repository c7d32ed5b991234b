import type { Generator } from '../../data/generation';

/**
 * Field types of the emulated objects, as Web Services On Demand renders them: dates and
 * date-times without a zone, booleans `true`/`false` (v2.0) or `Y`/`N` (v1.0), multi-select
 * picklists as `;`-separated codes.
 */
export type OracleFieldType =
  'id' | 'text' | 'dateTime' | 'date' | 'number' | 'boolean' | 'picklist' | 'multiPicklist';

export interface PicklistEntry {
  /** Language-independent code. */
  code: string;
  /** What the user sees. */
  display: string;
  disabled?: boolean;
}

export interface OracleFieldSpec {
  name: string;
  type: OracleFieldType;
  /** Set by the CRM itself (audit fields, Id): writes to it are refused. */
  readOnly?: boolean;
  /** Needed on Insert. */
  required?: boolean;
  maxLength?: number;
  picklist?: readonly PicklistEntry[];
}

export interface OracleObjectSpec {
  /** `Contact`: the element name, `ContactQueryPage`, `ListOfContact`. */
  name: string;
  /** Lower case in the namespaces: `urn:crmondemand/ws/ecbs/contact/`. */
  namespaceName: string;
  /** Start of the object's row ids (`AYCA-…`). */
  idPrefix: string;
  fields: readonly OracleFieldSpec[];
  generators: Readonly<Record<string, Generator>>;
}

export const text = (name: string, maxLength = 100, extra: Partial<OracleFieldSpec> = {}) =>
  ({ name, type: 'text', maxLength, ...extra }) satisfies OracleFieldSpec;

export const picklistOf = (
  name: string,
  values: readonly (string | PicklistEntry)[],
  extra: Partial<OracleFieldSpec> = {},
): OracleFieldSpec => ({
  name,
  type: 'picklist',
  picklist: values.map((value) =>
    typeof value === 'string' ? { code: value, display: value } : value,
  ),
  ...extra,
});

/** The fields every object has: row id, audit dates and users, the keys of other systems. */
export function auditFields(): OracleFieldSpec[] {
  return [
    { name: 'Id', type: 'id', readOnly: true },
    { name: 'CreatedDate', type: 'dateTime', readOnly: true },
    { name: 'CreatedById', type: 'id', readOnly: true },
    { name: 'ModifiedDate', type: 'dateTime', readOnly: true },
    { name: 'ModifiedById', type: 'id', readOnly: true },
    { name: 'LastUpdated', type: 'dateTime', readOnly: true },
    text('ExternalSystemId', 30),
    text('IntegrationId', 30),
  ];
}
