import {
  fieldLength,
  isCreateable,
  isCustomName,
  isDefaultedOnCreate,
  isFilterable,
  isLongText,
  isNillable,
  isSortable,
  isTextType,
  isUpdateable,
  type FieldSpec,
  type FieldType,
} from './field-spec';

const soapTypes: Record<FieldType, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  boolean: 'xsd:boolean',
  string: 'xsd:string',
  picklist: 'xsd:string',
  multipicklist: 'xsd:string',
  combobox: 'xsd:string',
  textarea: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  encryptedstring: 'xsd:string',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  int: 'xsd:int',
  long: 'xsd:long',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  time: 'xsd:time',
  base64: 'xsd:base64Binary',
  address: 'urn:address',
  location: 'urn:location',
};

/** Types Salesforce does not let you GROUP BY. */
const ungroupable: ReadonlySet<FieldType> = new Set([
  'double',
  'currency',
  'percent',
  'datetime',
  'multipicklist',
  'address',
  'location',
  'base64',
  'encryptedstring',
]);

export interface PicklistEntry {
  active: boolean;
  defaultValue: boolean;
  label: string;
  validFor: null;
  value: string;
}

export function picklistEntries(spec: FieldSpec): PicklistEntry[] {
  if (!spec.picklist) return [];
  const { values, inactive = [], defaultValue } = spec.picklist;
  return [
    ...values.map((value) => ({
      active: true,
      defaultValue: value === defaultValue,
      label: value,
      validFor: null,
      value,
    })),
    ...inactive.map((value) => ({
      active: false,
      defaultValue: false,
      label: value,
      validFor: null,
      value,
    })),
  ];
}

/** One entry of `fields` in a describe result: the 57 properties of the real API, in its order. */
export function describeField(spec: FieldSpec): Record<string, unknown> {
  const length =
    isTextType(spec.type) || spec.type === 'id' || spec.type === 'reference'
      ? fieldLength(spec)
      : 0;
  const filterable = isFilterable(spec);
  const numeric = spec.type === 'double' || spec.type === 'currency' || spec.type === 'percent';
  const custom = isCustomName(spec.name);
  const nillable = isNillable(spec);
  return {
    aggregatable: filterable && !isLongText(spec) && spec.type !== 'multipicklist',
    aiPredictionField: false,
    autoNumber: false,
    byteLength:
      spec.type === 'id' || spec.type === 'reference' ? 18 : isTextType(spec.type) ? length * 3 : 0,
    calculated: spec.calculated ?? false,
    calculatedFormula: spec.formula ?? null,
    cascadeDelete: spec.cascadeDelete ?? false,
    caseSensitive: spec.caseSensitive ?? false,
    compoundFieldName: spec.compoundFieldName ?? null,
    controllerName: null,
    createable: isCreateable(spec),
    custom,
    defaultValue: spec.type === 'boolean' ? false : null,
    defaultValueFormula: null,
    defaultedOnCreate: isDefaultedOnCreate(spec),
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: spec.type === 'int' || spec.type === 'long' ? (spec.digits ?? 9) : 0,
    displayLocationInDecimal: spec.type === 'location',
    encrypted: spec.type === 'encryptedstring',
    externalId: spec.externalId ?? false,
    extraTypeInfo: spec.extraTypeInfo ?? null,
    filterable,
    filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: false,
    groupable: filterable && !ungroupable.has(spec.type) && !isLongText(spec),
    highScaleNumber: false,
    htmlFormatted: spec.htmlFormatted ?? false,
    idLookup: spec.idLookup ?? (spec.type === 'id' || spec.externalId === true),
    inlineHelpText: spec.inlineHelpText ?? null,
    label: spec.label,
    length,
    mask: null,
    maskType: null,
    name: spec.name,
    nameField: spec.nameField ?? false,
    namePointing: spec.namePointing ?? false,
    nillable,
    permissionable: nillable && (custom || isUpdateable(spec)) && spec.type !== 'id',
    picklistValues: picklistEntries(spec),
    polymorphicForeignKey: (spec.referenceTo?.length ?? 0) > 1,
    precision: numeric ? (spec.precision ?? 18) : 0,
    queryByDistance: false,
    referenceTargetField: null,
    referenceTo: spec.referenceTo ? [...spec.referenceTo] : [],
    relationshipName: spec.relationshipName ?? null,
    relationshipOrder: null,
    restrictedDelete: false,
    restrictedPicklist: spec.picklist?.restricted ?? false,
    scale: numeric || spec.type === 'location' ? (spec.scale ?? 0) : 0,
    searchPrefilterable: spec.type === 'reference',
    soapType: soapTypes[spec.type],
    sortable: isSortable(spec),
    type: spec.type,
    unique: spec.unique ?? false,
    updateable: isUpdateable(spec),
    writeRequiresMasterRead: false,
  };
}
