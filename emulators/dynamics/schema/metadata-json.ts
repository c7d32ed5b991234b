import { createHash } from 'node:crypto';
import type { AttributeSpec, OptionSetSpec } from './attribute-spec';
import type { EntitySpec } from './entity-spec';

/** English (United States): the organization's base language. */
export const baseLanguage = 1033;

/** A stable MetadataId for a name, GUID-shaped. */
export function metadataId(name: string): string {
  const hex = createHash('sha1').update(`metadata:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A `Label` complex value: the localized labels and the one in the user's language. */
export function label(text: string, id: string): Record<string, unknown> {
  const localized = {
    Label: text,
    LanguageCode: baseLanguage,
    IsManaged: true,
    MetadataId: metadataId(`label:${id}`),
    HasChanged: null,
  };
  return { LocalizedLabels: [localized], UserLocalizedLabel: localized };
}

const metadataTypes: Record<
  AttributeSpec['type'],
  { odataType: string; typeName: string; attributeType: string }
> = {
  Uniqueidentifier: {
    odataType: 'UniqueIdentifierAttributeMetadata',
    typeName: 'UniqueidentifierType',
    attributeType: 'Uniqueidentifier',
  },
  String: { odataType: 'StringAttributeMetadata', typeName: 'StringType', attributeType: 'String' },
  Memo: { odataType: 'MemoAttributeMetadata', typeName: 'MemoType', attributeType: 'Memo' },
  Integer: {
    odataType: 'IntegerAttributeMetadata',
    typeName: 'IntegerType',
    attributeType: 'Integer',
  },
  BigInt: { odataType: 'BigIntAttributeMetadata', typeName: 'BigIntType', attributeType: 'BigInt' },
  Decimal: {
    odataType: 'DecimalAttributeMetadata',
    typeName: 'DecimalType',
    attributeType: 'Decimal',
  },
  Double: { odataType: 'DoubleAttributeMetadata', typeName: 'DoubleType', attributeType: 'Double' },
  Money: { odataType: 'MoneyAttributeMetadata', typeName: 'MoneyType', attributeType: 'Money' },
  Boolean: {
    odataType: 'BooleanAttributeMetadata',
    typeName: 'BooleanType',
    attributeType: 'Boolean',
  },
  DateTime: {
    odataType: 'DateTimeAttributeMetadata',
    typeName: 'DateTimeType',
    attributeType: 'DateTime',
  },
  Picklist: {
    odataType: 'PicklistAttributeMetadata',
    typeName: 'PicklistType',
    attributeType: 'Picklist',
  },
  MultiSelectPicklist: {
    odataType: 'MultiSelectPicklistAttributeMetadata',
    typeName: 'MultiSelectPicklistType',
    attributeType: 'Virtual',
  },
  State: { odataType: 'StateAttributeMetadata', typeName: 'StateType', attributeType: 'State' },
  Status: { odataType: 'StatusAttributeMetadata', typeName: 'StatusType', attributeType: 'Status' },
  Lookup: { odataType: 'LookupAttributeMetadata', typeName: 'LookupType', attributeType: 'Lookup' },
  Owner: { odataType: 'LookupAttributeMetadata', typeName: 'OwnerType', attributeType: 'Owner' },
  Customer: {
    odataType: 'LookupAttributeMetadata',
    typeName: 'CustomerType',
    attributeType: 'Customer',
  },
  PartyList: {
    odataType: 'LookupAttributeMetadata',
    typeName: 'PartyListType',
    attributeType: 'PartyList',
  },
};

/** The metadata type name of a typed cast (`Microsoft.Dynamics.CRM.PicklistAttributeMetadata`). */
export function odataTypeOf(attribute: AttributeSpec): string {
  return metadataTypes[attribute.type].odataType;
}

export const castNames = new Set(Object.values(metadataTypes).map((t) => t.odataType));

/** Whether a typed cast can expand `OptionSet` / `GlobalOptionSet`. */
export function hasOptionSet(odataType: string): boolean {
  return [
    'PicklistAttributeMetadata',
    'MultiSelectPicklistAttributeMetadata',
    'StateAttributeMetadata',
    'StatusAttributeMetadata',
    'BooleanAttributeMetadata',
  ].includes(odataType);
}

export function entityJson(entity: EntitySpec): Record<string, unknown> {
  return {
    MetadataId: metadataId(`entity:${entity.logicalName}`),
    LogicalName: entity.logicalName,
    SchemaName: entity.isCustomEntity
      ? entity.logicalName
      : entity.logicalName.replace(/^./, (c) => c.toUpperCase()),
    EntitySetName: entity.entitySetName,
    LogicalCollectionName: entity.entitySetName,
    ObjectTypeCode: entity.objectTypeCode,
    PrimaryIdAttribute: entity.primaryIdAttribute,
    PrimaryNameAttribute: entity.primaryNameAttribute,
    DisplayName: label(entity.displayName, `${entity.logicalName}:name`),
    DisplayCollectionName: label(entity.displayCollectionName, `${entity.logicalName}:names`),
    Description: label('', `${entity.logicalName}:description`),
    IsCustomEntity: entity.isCustomEntity === true,
    IsActivity: false,
    IsValidForAdvancedFind: true,
    ChangeTrackingEnabled: entity.changeTracking !== false,
    OwnershipType: entity.attributes.some((a) => a.type === 'Owner')
      ? 'UserOwned'
      : 'BusinessOwned',
  };
}

export function attributeJson(
  entity: EntitySpec,
  attribute: AttributeSpec,
): Record<string, unknown> {
  const type = metadataTypes[attribute.type];
  const readOnly = attribute.readOnly === true;
  const json: Record<string, unknown> = {
    '@odata.type': `#Microsoft.Dynamics.CRM.${type.odataType}`,
    MetadataId: metadataId(`attribute:${entity.logicalName}.${attribute.name}`),
    LogicalName: attribute.name,
    SchemaName: attribute.name,
    EntityLogicalName: entity.logicalName,
    AttributeType: type.attributeType,
    AttributeTypeName: { Value: type.typeName },
    DisplayName: label(attribute.label, `${entity.logicalName}.${attribute.name}`),
    RequiredLevel: {
      Value: attribute.required ?? 'None',
      CanBeChanged: attribute.required !== 'SystemRequired',
      ManagedPropertyLogicalName: 'canmodifyrequirementlevelsettings',
    },
    IsValidForCreate:
      !readOnly && attribute.type !== 'Uniqueidentifier' ? true : attribute.createOnly === true,
    IsValidForUpdate: !readOnly && attribute.createOnly !== true,
    IsValidForRead: true,
    IsPrimaryId: attribute.name === entity.primaryIdAttribute,
    IsPrimaryName: attribute.name === entity.primaryNameAttribute,
    IsCustomAttribute: attribute.name.startsWith('new_'),
    IsLogical: false,
    AttributeOf: null,
  };
  if (attribute.maxLength !== undefined) json.MaxLength = attribute.maxLength;
  if (attribute.format !== undefined) {
    json.Format = attribute.format;
    if (attribute.type === 'String') json.FormatName = { Value: attribute.format };
    if (attribute.type === 'DateTime')
      json.DateTimeBehavior = { Value: attribute.format === 'DateOnly' ? 'DateOnly' : 'UserLocal' };
  }
  if (attribute.minValue !== undefined) json.MinValue = attribute.minValue;
  if (attribute.maxValue !== undefined) json.MaxValue = attribute.maxValue;
  if (attribute.precision !== undefined) json.Precision = attribute.precision;
  if (attribute.targets !== undefined) json.Targets = attribute.targets;
  if (attribute.type === 'Boolean') json.DefaultValue = false;
  return json;
}

export function optionSetJson(
  set: OptionSetSpec,
  type: AttributeSpec['type'],
): Record<string, unknown> {
  const optionSetType =
    type === 'State'
      ? 'State'
      : type === 'Status'
        ? 'Status'
        : type === 'Boolean'
          ? 'Boolean'
          : 'Picklist';
  return {
    MetadataId: metadataId(`optionset:${set.name}`),
    Name: set.name,
    IsGlobal: set.global === true,
    IsCustomOptionSet: set.name.startsWith('new_'),
    OptionSetType: optionSetType,
    DisplayName: label(set.name, `optionset:${set.name}`),
    Options: set.options.map((option) => ({
      ...(type === 'Status'
        ? {
            '@odata.type': '#Microsoft.Dynamics.CRM.StatusOptionMetadata',
            State: option.state ?? 0,
          }
        : {}),
      ...(type === 'State'
        ? {
            '@odata.type': '#Microsoft.Dynamics.CRM.StateOptionMetadata',
            DefaultStatus: option.value + 1,
          }
        : {}),
      Value: option.value,
      Color: null,
      IsManaged: true,
      ExternalValue: null,
      Label: label(option.label, `option:${set.name}:${option.value}`),
      Description: label('', `option:${set.name}:${option.value}:description`),
    })),
  };
}

/** A Yes/No column's option set: `TrueOption` and `FalseOption`. */
export function booleanOptionSetJson(
  entity: EntitySpec,
  attribute: AttributeSpec,
): Record<string, unknown> {
  const name = `${entity.logicalName}_${attribute.name}`;
  return {
    MetadataId: metadataId(`optionset:${name}`),
    Name: name,
    IsGlobal: false,
    OptionSetType: 'Boolean',
    TrueOption: { Value: 1, Label: label('Yes', `${name}:true`) },
    FalseOption: { Value: 0, Label: label('No', `${name}:false`) },
  };
}
