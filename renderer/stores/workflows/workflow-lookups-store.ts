import { createStore } from 'zustand/vanilla';
import type { ActivityProblemView, CrmFilterCheck } from '../../../shared/contract';
import type { ExternalAccountView } from '../../../shared/domain/accounts';
import type { CrmFilterNode } from '../../../shared/domain/crm-filter';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { Workflow } from '../../../shared/domain/workflows/workflow-graph';
import type { CrmCapabilitiesView, CrmTableDescription } from '../../../shared/domain/crm';
import type { TableDefinition, TableSummary } from '../../../shared/domain/records';
import { failed, idle, loading, ready, type Loadable } from '../crm/loadable';
import { asCallError, type StoreDeps } from '../store-deps';

export interface WorkflowLookupsState {
  accounts: Loadable<ExternalAccountView[]>;
  tables: Loadable<TableSummary[]>;
  /** The remote objects of each account's approved schema. */
  remoteObjects: Record<string, Loadable<CrmTableDescription[]>>;
  /** What each account's CRM allows (Order by, Query for all elements). */
  capabilities: Record<string, Loadable<CrmCapabilitiesView>>;
  /** The columns of record-store tables, for the column pickers. */
  definitions: Record<string, Loadable<TableDefinition>>;
  /** The service's check of the filter being edited ("Edit the filter..."), the latest asked. */
  filterCheck: Loadable<CrmFilterCheck>;
  /** What Start would refuse in the activity being edited, the latest asked. */
  activityCheck: Loadable<{ id: string; problems: ActivityProblemView[] }>;
  checkActivity(
    activity: Activity,
    graph?: Pick<Workflow, 'activities' | 'transitions'>,
  ): Promise<void>;
  checkFilter(account: string, remoteObject: string, filter: CrmFilterNode): Promise<void>;
  clearFilterCheck(): void;
  loadAccounts(): Promise<void>;
  loadTables(): Promise<void>;
  loadRemoteObjects(account: string): Promise<void>;
  loadCapabilities(account: string): Promise<void>;
  loadDefinition(table: string): Promise<void>;
  reset(): void;
}

const initial = {
  accounts: idle,
  tables: idle,
  remoteObjects: {},
  capabilities: {},
  definitions: {},
  filterCheck: idle,
  activityCheck: idle,
} satisfies Partial<WorkflowLookupsState>;

const needed = (load: Loadable<unknown> | undefined) =>
  !load || load.status === 'idle' || load.status === 'failed';

/**
 * What the property panel offers in its pickers, each read once per editor session and kept:
 * external accounts, tables, remote objects and table columns.
 */
export function createWorkflowLookupsStore({ api }: Pick<StoreDeps, 'api'>) {
  let checkRequest = 0;
  let activityRequest = 0;
  return createStore<WorkflowLookupsState>()((set, get) => ({
    ...initial,

    async checkActivity(activity, graph) {
      const request = ++activityRequest;
      try {
        const problems = await api.workflows.checkActivity({ activity, graph });
        if (request === activityRequest)
          set({ activityCheck: ready({ id: activity.id, problems }) });
      } catch (error) {
        if (request === activityRequest)
          set({
            activityCheck: failed(asCallError('workflows.checkActivity', error).message),
          });
      }
    },

    async checkFilter(account, remoteObject, filter) {
      const request = ++checkRequest;
      set({ filterCheck: loading });
      try {
        const check = await api.workflows.checkCrmFilter({ account, remoteObject, filter });
        if (request === checkRequest) set({ filterCheck: ready(check) });
      } catch (error) {
        if (request === checkRequest)
          set({ filterCheck: failed(asCallError('workflows.checkCrmFilter', error).message) });
      }
    },

    clearFilterCheck() {
      checkRequest += 1;
      set({ filterCheck: idle });
    },

    async loadAccounts() {
      if (!needed(get().accounts)) return;
      set({ accounts: loading });
      try {
        set({ accounts: ready(await api.accounts.list()) });
      } catch (error) {
        set({ accounts: failed(asCallError('accounts.list', error).message) });
      }
    },

    async loadTables() {
      if (!needed(get().tables)) return;
      set({ tables: loading });
      try {
        set({ tables: ready(await api.records.tables()) });
      } catch (error) {
        set({ tables: failed(asCallError('records.tables', error).message) });
      }
    },

    async loadRemoteObjects(account) {
      if (!needed(get().remoteObjects[account])) return;
      const put = (load: Loadable<CrmTableDescription[]>) =>
        set({ remoteObjects: { ...get().remoteObjects, [account]: load } });
      put(loading);
      try {
        put(ready(await api.workflows.remoteObjects({ account })));
      } catch (error) {
        put(failed(asCallError('workflows.remoteObjects', error).message));
      }
    },

    async loadCapabilities(account) {
      if (!needed(get().capabilities[account])) return;
      const put = (load: Loadable<CrmCapabilitiesView>) =>
        set({ capabilities: { ...get().capabilities, [account]: load } });
      put(loading);
      try {
        put(ready(await api.workflows.crmCapabilities({ account })));
      } catch (error) {
        put(failed(asCallError('workflows.crmCapabilities', error).message));
      }
    },

    async loadDefinition(table) {
      if (!needed(get().definitions[table])) return;
      const put = (load: Loadable<TableDefinition>) =>
        set({ definitions: { ...get().definitions, [table]: load } });
      put(loading);
      try {
        put(ready(await api.records.describe({ table })));
      } catch (error) {
        put(failed(asCallError('records.describe', error).message));
      }
    },

    reset: () => set(initial),
  }));
}

export type WorkflowLookupsStore = ReturnType<typeof createWorkflowLookupsStore>;
