import { z } from 'zod';
import type { CrmField, CrmTableDescription, CrmTableSummary } from '../../../shared/domain/crm';
import type { ColumnType } from '../../../shared/domain/records';

/** The parts of a describe answer the console reads; the rest of the ~57 properties pass by. */
const describeFieldSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  length: z.number().int().nonnegative(),
  nillable: z.boolean(),
  externalId: z.boolean(),
  picklistValues: z
    .array(z.object({ value: z.string(), label: z.string().nullable(), active: z.boolean() }))
    .default([]),
});

export const describeSObjectSchema = z.object({
  name: z.string(),
  label: z.string(),
  fields: z.array(describeFieldSchema).min(1),
});

export const describeGlobalSchema = z.object({
  sobjects: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      custom: z.boolean(),
      queryable: z.boolean(),
      retrieveable: z.boolean(),
    }),
  ),
});

type DescribeField = z.infer<typeof describeFieldSchema>;

/** Salesforce field types onto the platform's; compound and binary fields cannot be used. */
function platformType(field: DescribeField): ColumnType | null {
  switch (field.type) {
    case 'id':
    case 'reference':
    case 'string':
    case 'email':
    case 'phone':
    case 'url':
    case 'picklist':
    case 'combobox':
    case 'encryptedstring':
      return 'string';
    case 'textarea':
      return field.length > 4000 ? 'memo' : 'string';
    case 'multipicklist':
      return 'memo';
    case 'boolean':
      return 'boolean';
    case 'int':
      return 'long';
    case 'long':
      return 'int64';
    case 'double':
    case 'currency':
    case 'percent':
      return 'double';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'time':
      return 'time';
    default:
      return null;
  }
}

export function mapField(field: DescribeField): CrmField {
  const type = platformType(field);
  const picklist =
    field.type === 'picklist' || field.type === 'multipicklist'
      ? {
          multiSelect: field.type === 'multipicklist',
          values: field.picklistValues.map((v) => ({
            value: v.value,
            label: v.label ?? v.value,
            active: v.active,
          })),
        }
      : undefined;
  return {
    name: field.name,
    label: field.label,
    crmType: field.type,
    type,
    ...(type === 'string'
      ? {
          length:
            field.length > 0
              ? field.length
              : field.type === 'id' || field.type === 'reference'
                ? 18
                : 255,
        }
      : {}),
    nillable: field.nillable,
    externalId: field.externalId,
    ...(picklist ? { picklist } : {}),
  };
}

const modifiedFieldNames = ['LastModifiedDate', 'SystemModstamp'];

export function mapDescribe(answer: z.infer<typeof describeSObjectSchema>): CrmTableDescription {
  const fields = answer.fields.map(mapField);
  return {
    name: answer.name,
    label: answer.label,
    idField: fields.find((f) => f.crmType === 'id')?.name ?? 'Id',
    modifiedFields: modifiedFieldNames.filter((n) => fields.some((f) => f.name === n)),
    fields,
  };
}

/** The tables the wizard offers: those that can be queried and read. */
export function mapDescribeGlobal(answer: z.infer<typeof describeGlobalSchema>): CrmTableSummary[] {
  return answer.sobjects
    .filter((o) => o.queryable && o.retrieveable)
    .map((o) => ({ name: o.name, label: o.label, custom: o.custom }));
}
