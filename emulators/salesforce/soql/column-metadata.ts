import {
  isCreateable,
  isCustomName,
  isNumberType,
  isTextType,
  isUpdateable,
} from '../schema/field-spec';
import type { FieldSpec } from '../schema/field-spec';
import type { QueryPlan } from './plan';

/** One column of `query?q=…&columns=true`: a field, or a relationship holding its columns. */
interface ColumnMetadata {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMetadata[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

const apexTypes: Readonly<Record<string, string>> = {
  id: 'Id',
  reference: 'Id',
  boolean: 'Boolean',
  double: 'Double',
  currency: 'Double',
  percent: 'Double',
  int: 'Integer',
  long: 'Long',
  date: 'Date',
  datetime: 'Datetime',
  time: 'Time',
  address: 'Address',
  location: 'Location',
  base64: 'Blob',
};

function fieldColumn(field: FieldSpec): ColumnMetadata {
  return {
    aggregate: false,
    apexType: apexTypes[field.type] ?? 'String',
    booleanType: field.type === 'boolean',
    columnName: field.name,
    custom: isCustomName(field.name),
    displayName: field.name,
    foreignKeyName: null,
    insertable: isCreateable(field),
    joinColumns: [],
    numberType: isNumberType(field.type),
    textType: isTextType(field.type),
    updatable: isUpdateable(field),
  };
}

function relationshipColumn(name: string, inner: ColumnMetadata): ColumnMetadata {
  return {
    aggregate: false,
    apexType: null,
    booleanType: false,
    columnName: name,
    custom: isCustomName(name),
    displayName: name,
    foreignKeyName: null,
    insertable: false,
    joinColumns: [inner],
    numberType: false,
    textType: false,
    updatable: false,
  };
}

/**
 * The answer to `GET …/query?q=<soql>&columns=true`, which the Salesforce CLI asks to lay out
 * its results: the query's columns (relationship paths nested in `joinColumns`), not its rows.
 */
export function columnMetadataOf(plan: QueryPlan) {
  const columns = (plan.fields ?? []).map((resolved) => {
    const relationships = resolved.outputPath.slice(0, -1);
    return relationships.reduceRight(
      (inner, name) => relationshipColumn(name, inner),
      fieldColumn(resolved.field),
    );
  });
  return {
    columnMetadata: columns,
    entityName: plan.store.name,
    groupBy: false,
    idSelected: (plan.fields ?? []).some(
      (resolved) => resolved.hops.length === 0 && resolved.field.name === 'Id',
    ),
    keyPrefix: plan.store.spec.keyPrefix,
  };
}
