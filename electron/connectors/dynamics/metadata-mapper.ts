import { z } from 'zod';
import type { CrmField, CrmTableDescription, CrmTableSummary } from '../../../shared/domain/crm';
import type { ColumnType } from '../../../shared/domain/records';

const localizedLabel = z.object({ Label: z.string(), LanguageCode: z.number() });
const labelSchema = z
  .object({
    LocalizedLabels: z.array(localizedLabel).default([]),
    UserLocalizedLabel: localizedLabel.nullish(),
  })
  .nullish();
type Label = z.output<typeof labelSchema>;

/** The label in the account's language, else the user's, else the name. */
export function labelIn(label: Label, language: number, fallback: string): string {
  return (
    label?.LocalizedLabels.find((l) => l.LanguageCode === language)?.Label ??
    label?.UserLocalizedLabel?.Label ??
    fallback
  );
}

export const entityListSchema = z.object({
  value: z.array(
    z.object({
      LogicalName: z.string(),
      EntitySetName: z.string().nullish(),
      DisplayName: labelSchema,
      IsCustomEntity: z.boolean().default(false),
    }),
  ),
});

export const entitySchema = z.object({
  LogicalName: z.string(),
  EntitySetName: z.string(),
  DisplayName: labelSchema,
  PrimaryIdAttribute: z.string(),
});

export const attributesSchema = z.object({
  value: z.array(
    z.object({
      LogicalName: z.string(),
      AttributeType: z.string(),
      AttributeTypeName: z.object({ Value: z.string() }).nullish(),
      DisplayName: labelSchema,
      MaxLength: z.number().int().nullish(),
      Format: z.string().nullish(),
      IsPrimaryId: z.boolean().default(false),
      RequiredLevel: z.object({ Value: z.string() }).nullish(),
      AttributeOf: z.string().nullish(),
    }),
  ),
});
type Attribute = z.output<typeof attributesSchema>['value'][number];

const optionSchema = z.object({ Value: z.number().int(), Label: labelSchema });
const optionSetSchema = z.object({ Options: z.array(optionSchema).default([]) }).nullish();

/** A typed cast of the attributes with option sets: local (`OptionSet`) or global. */
export const optionAttributesSchema = z.object({
  value: z.array(
    z.object({
      LogicalName: z.string(),
      OptionSet: optionSetSchema,
      GlobalOptionSet: optionSetSchema,
    }),
  ),
});
export type OptionAttribute = z.output<typeof optionAttributesSchema>['value'][number];

/** The casts whose option sets become enumerations. */
export const optionCasts = [
  'PicklistAttributeMetadata',
  'StateAttributeMetadata',
  'StatusAttributeMetadata',
] as const;

/** Dataverse types the platform cannot hold, and why (the wizard's warning line says). */
const unsupported: Record<string, string> = {
  CustomerType: 'customer',
  PartyListType: 'partylist',
  MultiSelectPicklistType: 'multi-select option set',
  ManagedPropertyType: 'managed property',
  EntityNameType: 'entity name',
  VirtualType: 'virtual',
  ImageType: 'image',
  FileType: 'file',
};

/** The attribute's type name: `AttributeTypeName` (finer: multi-select) or `AttributeType`. */
const typeName = (a: Attribute) => a.AttributeTypeName?.Value ?? `${a.AttributeType}Type`;

/** The reference's mapping: money → double, lookups → the id as text, option values → long. */
function platformType(a: Attribute): ColumnType | null {
  switch (typeName(a)) {
    case 'UniqueidentifierType':
    case 'LookupType':
    case 'OwnerType':
    case 'StringType':
      return 'string';
    case 'MemoType':
      return (a.MaxLength ?? 0) > 4000 ? 'memo' : 'string';
    case 'IntegerType':
    case 'PicklistType':
    case 'StateType':
    case 'StatusType':
      return 'long';
    case 'BigIntType':
      return 'int64';
    case 'DecimalType':
    case 'DoubleType':
    case 'MoneyType':
      return 'double';
    case 'BooleanType':
      return 'boolean';
    case 'DateTimeType':
      return a.Format === 'DateOnly' ? 'date' : 'datetime';
    default:
      return null;
  }
}

/** Lookups are read as `_<name>_value` and written as `<name>@odata.bind`. */
export const isLookup = (field: CrmField) =>
  field.crmType === 'LookupType' || field.crmType === 'OwnerType';

function mapAttribute(
  a: Attribute,
  options: ReadonlyMap<string, OptionAttribute>,
  language: number,
): CrmField {
  const type = platformType(a);
  const name = typeName(a);
  const set = options.get(a.LogicalName);
  const values = (set?.OptionSet ?? set?.GlobalOptionSet)?.Options ?? [];
  return {
    name: a.LogicalName,
    label: labelIn(a.DisplayName, language, a.LogicalName),
    crmType: unsupported[name] ?? name,
    type,
    ...(type === 'string'
      ? { length: name === 'StringType' || name === 'MemoType' ? (a.MaxLength ?? 255) : 36 }
      : {}),
    nillable: a.RequiredLevel?.Value !== 'SystemRequired' && !a.IsPrimaryId,
    externalId: false,
    ...(set
      ? {
          picklist: {
            multiSelect: false,
            values: values.map((o) => ({
              value: String(o.Value),
              label: labelIn(o.Label, language, String(o.Value)),
              active: true,
            })),
          },
        }
      : name === 'MultiSelectPicklistType'
        ? { picklist: { multiSelect: true, values: [] } }
        : {}),
  };
}

export function mapEntityList(
  answer: z.output<typeof entityListSchema>,
  language: number,
): CrmTableSummary[] {
  return answer.value
    .filter((e) => e.EntitySetName)
    .map((e) => ({
      name: e.LogicalName,
      label: labelIn(e.DisplayName, language, e.LogicalName),
      custom: e.IsCustomEntity,
    }));
}

export function mapEntity(
  entity: z.output<typeof entitySchema>,
  attributes: z.output<typeof attributesSchema>,
  options: ReadonlyMap<string, OptionAttribute>,
  alternateKeyFields: ReadonlySet<string>,
  language: number,
): CrmTableDescription {
  // Attributes of other attributes (a lookup's name, a money's base) are not columns of their own.
  const fields = attributes.value
    .filter((a) => !a.AttributeOf && /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.LogicalName))
    .map((a) => mapAttribute(a, options, language))
    .map((f) => (alternateKeyFields.has(f.name) ? { ...f, externalId: true } : f));
  return {
    name: entity.LogicalName,
    label: labelIn(entity.DisplayName, language, entity.LogicalName),
    idField: entity.PrimaryIdAttribute,
    modifiedFields: fields.some((f) => f.name === 'modifiedon') ? ['modifiedon'] : [],
    fields,
  };
}

export const keysSchema = z.object({
  value: z.array(z.object({ KeyAttributes: z.array(z.string()) })),
});
