import type { ConsoleApi } from '../api/console-client';
import type { HostInfo } from '../bridge/host-info';
import type { ConnectionStore } from './connection-store';
import { createCrmStores, crmStoreList, type CrmStores } from './crm/crm-stores';
import { createEnumerationsStore } from './enumerations-store';
import { createExplorerStore } from './explorer-store';
import { createJobsStore } from './jobs/jobs-store';
import { createOptionsStore } from './options-store';
import { createRecordsStore } from './records/records-store';
import { createRecordEditorStore } from './records/record-editor-store';
import { createFileImportStore } from './records/file-import-store';
import { createSchemasStore } from './records/schemas-store';
import { createSessionStore } from './session-store';
import type { Notifier } from './store-deps';
import { createUnsavedFormsStore, type UnsavedFormsStore } from './unsaved-forms-store';
import {
  createWorkflowStores,
  workflowStoreList,
  type WorkflowStores,
} from './workflows/workflow-stores';

export interface ConsoleStores extends CrmStores, WorkflowStores {
  /** Which window this is: it decides how an export is handed over. */
  host: HostInfo;
  connection: ConnectionStore;
  session: ReturnType<typeof createSessionStore>;
  options: ReturnType<typeof createOptionsStore>;
  enumerations: ReturnType<typeof createEnumerationsStore>;
  explorer: ReturnType<typeof createExplorerStore>;
  schemas: ReturnType<typeof createSchemasStore>;
  records: ReturnType<typeof createRecordsStore>;
  recordEditor: ReturnType<typeof createRecordEditorStore>;
  fileImport: ReturnType<typeof createFileImportStore>;
  jobs: ReturnType<typeof createJobsStore>;
  unsavedForms: UnsavedFormsStore;
}

/**
 * Creates the per-domain stores over one client. When the logged-on operator changes (log off,
 * another operator), what the previous one had open is forgotten.
 */
export function createConsoleStores(
  api: ConsoleApi,
  notify: Notifier,
  connection: ConnectionStore,
  host: HostInfo,
): ConsoleStores {
  const deps = { api, notify };
  const jobs = createJobsStore(deps);
  const enumerations = createEnumerationsStore(deps);
  const records = createRecordsStore(deps, jobs);
  const stores: ConsoleStores = {
    host,
    connection,
    session: createSessionStore(deps),
    options: createOptionsStore(deps),
    enumerations,
    explorer: createExplorerStore(),
    schemas: createSchemasStore(deps),
    records,
    recordEditor: createRecordEditorStore(deps, records),
    fileImport: createFileImportStore(deps, records, jobs),
    jobs,
    unsavedForms: createUnsavedFormsStore(),
    ...createCrmStores(deps, { jobs, enumerations }),
    ...createWorkflowStores(deps),
  };
  stores.session.subscribe((state, previous) => {
    if (state.status?.operator?.name === previous.status?.operator?.name) return;
    for (const store of [
      stores.options,
      stores.enumerations,
      stores.explorer,
      stores.schemas,
      stores.records,
      stores.recordEditor,
      stores.fileImport,
      stores.jobs,
      stores.unsavedForms,
      ...crmStoreList(stores),
      ...workflowStoreList(stores),
    ])
      store.getState().reset();
  });
  return stores;
}
