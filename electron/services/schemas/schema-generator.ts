import { createHash } from 'node:crypto';
import { create } from 'xmlbuilder2';
import type { AccountType } from '../../../shared/domain/accounts';
import type { CrmField, CrmTableDescription } from '../../../shared/domain/crm';
import type { Enumeration } from '../../../shared/domain/enumerations';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type { ColumnDefinition, TableDefinitionInput } from '../../../shared/domain/records';
import {
  schemaNamespaces,
  sourceSchemaLabel,
  sourceSchemaName,
} from '../../../shared/domain/schemas';

export interface SchemaSource {
  account: { name: string; label: string; type: AccountType };
  tables: readonly CrmTableDescription[];
}

export interface GeneratedSchema {
  name: string;
  label: string;
  xml: string;
  /** The record-store tables, one per CRM table. */
  recordTables: { crmTable: string; definition: TableDefinitionInput }[];
  /** One per single-select picklist: `<Table>_<Field>`. */
  enumerations: (Enumeration & { table: string; field: string })[];
  /** The wizard's warning lines, one per field it had to leave out. */
  warnings: ConsoleMessage[];
}

/** `sfdcSalesforceCRM_Contact`; shortened with a hash past the 64 characters of a name. */
export function recordTableName(type: AccountType, account: string, table: string): string {
  const { namespace } = schemaNamespaces[type];
  const name = `${namespace}${account.charAt(0).toUpperCase()}${account.slice(1)}_${table}`;
  if (name.length <= 64) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, 55)}_${hash}`;
}

/** The wizard's warning line for each field of the table that cannot be used. */
export function unusableFields(table: CrmTableDescription): ConsoleMessage[] {
  return table.fields
    .filter((f) => f.type === null)
    .map((f) =>
      msg('messages:wizard.unusableField', {
        table: table.name,
        crmType: f.crmType,
        field: f.name,
      }),
    );
}

export const enumerationName = (table: string, field: string) => `${table}_${field}`;
export const enumerationLabel = (table: string, fieldLabel: string) =>
  `List of '${fieldLabel}' from '${table}'`;

function column(table: string, field: CrmField): ColumnDefinition | null {
  if (field.type === null) return null;
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    ...(field.type === 'string' ? { length: Math.min(field.length ?? 255, 4000) } : {}),
    ...(field.picklist && !field.picklist.multiSelect
      ? { enumeration: enumerationName(table, field.name) }
      : {}),
  };
}

/**
 * Turns the CRM tables chosen in the wizard into the account's source schema (Campaign
 * `srcSchema` XML), its record-store tables and its picklist enumerations. Pure: the same
 * descriptions always give the same schema.
 */
export function generateSchema(source: SchemaSource): GeneratedSchema {
  const { account } = source;
  const { namespace } = schemaNamespaces[account.type];
  const name = sourceSchemaName(account.type, account.name);
  const label = sourceSchemaLabel(account.type, account.label);
  const enumerations: GeneratedSchema['enumerations'] = [];
  const recordTables: GeneratedSchema['recordTables'] = [];

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('srcSchema', {
    name: name.slice(namespace.length + 1),
    namespace,
    label,
    view: 'true',
    xtkschema: 'xtk:srcSchema',
  });
  for (const table of source.tables)
    for (const field of table.fields)
      if (field.picklist && !field.picklist.multiSelect) {
        const enumeration = {
          name: enumerationName(table.name, field.name),
          label: enumerationLabel(table.name, field.label),
          values: field.picklist.values.map((v) => ({
            value: v.value,
            label: v.label,
            enabled: v.active,
          })),
          table: table.name,
          field: field.name,
        };
        enumerations.push(enumeration);
        const node = root.ele('enumeration', {
          name: enumeration.name,
          basetype: 'string',
          label: enumeration.label,
        });
        for (const v of field.picklist.values)
          node.ele('value', { label: v.label, name: v.value, value: v.value });
      }
  for (const table of source.tables) {
    const sqltable = recordTableName(account.type, account.name, table.name);
    const element = root.ele('element', { name: table.name, label: table.label, sqltable });
    const columns: ColumnDefinition[] = [];
    for (const field of table.fields) {
      const col = column(table.name, field);
      if (!col) continue;
      columns.push(col);
      element.ele('attribute', {
        name: field.name,
        label: field.label,
        type: col.type,
        ...(col.length ? { length: String(col.length) } : {}),
        ...(col.enumeration ? { enum: col.enumeration } : {}),
        ...(field.name === table.idField ? { xmlKey: 'true' } : {}),
      });
    }
    element
      .ele('key', { name: 'id', internal: 'true' })
      .ele('keyfield', { xpath: `@${table.idField}` });
    recordTables.push({
      crmTable: table.name,
      definition: {
        name: sqltable,
        label: `${table.label} (${account.label})`,
        key: [table.idField],
        columns,
      },
    });
  }
  return {
    name,
    label,
    xml: root.end({ prettyPrint: true }),
    recordTables,
    enumerations,
    warnings: source.tables.flatMap(unusableFields),
  };
}
