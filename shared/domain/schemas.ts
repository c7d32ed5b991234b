import type { AccountType } from './accounts';

/** Campaign's namespace and connector label for each CRM kind. */
export const schemaNamespaces: Record<AccountType, { namespace: string; connector: string }> = {
  salesforce: { namespace: 'sfdc', connector: 'Salesforce' },
  dynamics: { namespace: 'mscrm', connector: 'Microsoft CRM' },
  oracle: { namespace: 'ood', connector: 'Oracle On Demand' },
};

/** `sfdc:sfdcSchemasalesforceCRM`: one source schema per external account. */
export function sourceSchemaName(type: AccountType, account: string): string {
  const { namespace } = schemaNamespaces[type];
  return `${namespace}:${namespace}Schema${account}`;
}

/** "List of tables of connector 'Salesforce' linked to external account '<label>'". */
export function sourceSchemaLabel(type: AccountType, accountLabel: string): string {
  return `List of tables of connector '${schemaNamespaces[type].connector}' linked to external account '${accountLabel}'`;
}

export type SchemaStatus = 'pending' | 'approved';

export interface SchemaSummary {
  name: string;
  label: string;
  account: string;
  status: SchemaStatus;
  tables: string[];
  generatedAt: string;
  approvedAt: string | null;
  /** Why the last approval failed, while the schema stays pending. */
  approvalError: string | null;
}

export interface SchemaDetail extends SchemaSummary {
  xml: string;
  /** The record-store table behind each CRM table. */
  recordTables: { crmTable: string; table: string }[];
}

export interface FieldChange {
  field: string;
  change: 'added' | 'removed' | 'retyped';
  from?: string;
  to?: string;
}

/** What a new run of the wizard changes against the schema generated last time. */
export interface SchemaChanges {
  addedTables: string[];
  removedTables: string[];
  changedTables: { table: string; fields: FieldChange[] }[];
}
