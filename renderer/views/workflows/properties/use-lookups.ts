import { useEffect } from 'react';
import { useWorkflowLookups } from '../../../stores/stores-context';
import { valueOf } from '../../../stores/crm/loadable';

/** The record store's tables (not work tables), read once. */
export function useTables() {
  const load = useWorkflowLookups((s) => s.loadTables);
  const tables = useWorkflowLookups((s) => s.tables);
  useEffect(() => void load(), [load]);
  return (valueOf(tables) ?? []).filter((t) => t.kind === 'table');
}

/** A table's definition, read once; undefined until it is (or without a table). */
export function useTableDefinition(table: string | null) {
  const load = useWorkflowLookups((s) => s.loadDefinition);
  const definition = useWorkflowLookups((s) => (table ? s.definitions[table] : undefined));
  useEffect(() => {
    if (table) void load(table);
  }, [load, table]);
  return definition;
}

/** The CRM accounts an activity can use. */
export function useCrmAccounts() {
  const load = useWorkflowLookups((s) => s.loadAccounts);
  const accounts = useWorkflowLookups((s) => s.accounts);
  useEffect(() => void load(), [load]);
  return accounts;
}

/** The remote objects of an account's approved schema. */
export function useRemoteObjects(account: string | null) {
  const load = useWorkflowLookups((s) => s.loadRemoteObjects);
  const objects = useWorkflowLookups((s) => (account ? s.remoteObjects[account] : undefined));
  useEffect(() => {
    if (account) void load(account);
  }, [load, account]);
  return objects;
}

/** What the account's CRM allows; undefined until read (or without an account). */
export function useCrmCapabilities(account: string | null) {
  const load = useWorkflowLookups((s) => s.loadCapabilities);
  const capabilities = useWorkflowLookups((s) => (account ? s.capabilities[account] : undefined));
  useEffect(() => {
    if (account) void load(account);
  }, [load, account]);
  return capabilities ? valueOf(capabilities) : undefined;
}
