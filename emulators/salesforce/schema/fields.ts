import type { FieldSpec, PicklistSpec } from './field-spec';

/** Builders that keep the object definitions short; `extra` overrides any default. */

type Extra = Partial<FieldSpec>;

export const text = (
  name: string,
  label: string,
  length: number,
  extra: Extra = {},
): FieldSpec => ({
  name,
  label,
  type: 'string',
  length,
  ...extra,
});

export const textArea = (name: string, label: string, length: number, extra: Extra = {}) =>
  ({
    name,
    label,
    type: 'textarea',
    length,
    extraTypeInfo: 'plaintextarea',
    ...extra,
  }) satisfies FieldSpec;

export const email = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'email',
  length: 80,
  ...extra,
});

export const phone = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'phone',
  length: 40,
  ...extra,
});

export const url = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'url',
  length: 255,
  ...extra,
});

export const checkbox = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'boolean',
  nillable: false,
  defaultedOnCreate: true,
  ...extra,
});

export const date = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'date',
  ...extra,
});

export const dateTime = (name: string, label: string, extra: Extra = {}): FieldSpec => ({
  name,
  label,
  type: 'datetime',
  ...extra,
});

export const number = (
  name: string,
  label: string,
  type: 'double' | 'currency' | 'percent',
  precision: number,
  scale: number,
  extra: Extra = {},
): FieldSpec => ({ name, label, type, precision, scale, ...extra });

export const integer = (name: string, label: string, digits: number, extra: Extra = {}) =>
  ({ name, label, type: 'int', digits, ...extra }) satisfies FieldSpec;

export const picklist = (
  name: string,
  label: string,
  picklist: PicklistSpec,
  extra: Extra = {},
): FieldSpec => ({ name, label, type: 'picklist', length: 255, picklist, ...extra });

export const multiPicklist = (
  name: string,
  label: string,
  picklist: PicklistSpec,
  extra: Extra = {},
): FieldSpec => ({ name, label, type: 'multipicklist', length: 4099, picklist, ...extra });

export const lookup = (
  name: string,
  label: string,
  referenceTo: readonly string[],
  relationshipName: string,
  extra: Extra = {},
): FieldSpec => ({
  name,
  label,
  type: 'reference',
  referenceTo,
  relationshipName,
  namePointing: referenceTo.length > 1,
  ...extra,
});

const geocodeAccuracy: PicklistSpec = {
  values: [
    'Address',
    'NearAddress',
    'Block',
    'Street',
    'ExtendedZip',
    'Zip',
    'Neighborhood',
    'City',
    'County',
    'State',
    'Unknown',
  ],
  restricted: true,
};

/**
 * A standard address: its component fields and the compound `address` field that groups them
 * (Mailing → MailingStreet … MailingAddress; '' → Street … Address, as on Lead).
 */
export function addressFields(prefix: string, labelPrefix: string): FieldSpec[] {
  const compound = `${prefix}Address`;
  const label = (part: string) => (labelPrefix ? `${labelPrefix} ${part}` : part);
  const part = { compoundFieldName: compound };
  return [
    textArea(`${prefix}Street`, label('Street'), 255, part),
    text(`${prefix}City`, label('City'), 40, part),
    text(`${prefix}State`, label('State/Province'), 80, part),
    text(`${prefix}PostalCode`, label('Zip/Postal Code'), 20, part),
    text(`${prefix}Country`, label('Country'), 80, part),
    number(`${prefix}Latitude`, label('Latitude'), 'double', 18, 15, part),
    number(`${prefix}Longitude`, label('Longitude'), 'double', 18, 15, part),
    picklist(`${prefix}GeocodeAccuracy`, label('Geocode Accuracy'), geocodeAccuracy, part),
    { name: compound, label: label('Address'), type: 'address' },
  ];
}

/** A custom geolocation field: its `location` compound and the two `__s` components. */
export function geolocationFields(baseName: string, label: string): FieldSpec[] {
  const compound = `${baseName}__c`;
  const part = { compoundFieldName: compound };
  return [
    { name: compound, label, type: 'location', scale: 6 },
    number(`${baseName}__Latitude__s`, `${label} (Latitude)`, 'double', 9, 6, part),
    number(`${baseName}__Longitude__s`, `${label} (Longitude)`, 'double', 9, 6, part),
  ];
}

/** Id, audit fields, IsDeleted and (for owned objects) OwnerId, with Salesforce's labels. */
export function systemFields(
  objectLabel: string,
  options: { owner: boolean; isDeleted: boolean },
): FieldSpec[] {
  const audit = { createable: false, updateable: false, nillable: false, defaultedOnCreate: true };
  return [
    { name: 'Id', label: `${objectLabel} ID`, type: 'id', idLookup: true },
    ...(options.owner
      ? [
          lookup('OwnerId', 'Owner ID', ['User'], 'Owner', {
            nillable: false,
            defaultedOnCreate: true,
          }),
        ]
      : []),
    ...(options.isDeleted ? [checkbox('IsDeleted', 'Deleted', audit)] : []),
    dateTime('CreatedDate', 'Created Date', audit),
    lookup('CreatedById', 'Created By ID', ['User'], 'CreatedBy', audit),
    dateTime('LastModifiedDate', 'Last Modified Date', audit),
    lookup('LastModifiedById', 'Last Modified By ID', ['User'], 'LastModifiedBy', audit),
    dateTime('SystemModstamp', 'System Modstamp', audit),
  ];
}
