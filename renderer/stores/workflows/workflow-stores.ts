import type { StoreDeps } from '../store-deps';
import { createWorkflowEditorStore } from './workflow-editor-store';
import { createWorkflowLookupsStore } from './workflow-lookups-store';
import { createWorkflowRunStore } from './workflow-run-store';
import { createWorkflowsListStore } from './workflows-list-store';

export interface WorkflowStores {
  workflowsList: ReturnType<typeof createWorkflowsListStore>;
  workflowEditor: ReturnType<typeof createWorkflowEditorStore>;
  workflowRun: ReturnType<typeof createWorkflowRunStore>;
  workflowLookups: ReturnType<typeof createWorkflowLookupsStore>;
}

/** Production > Workflows: the list, the editor, its runs and the pickers' lookups. */
export function createWorkflowStores(deps: StoreDeps): WorkflowStores {
  return {
    workflowsList: createWorkflowsListStore(deps),
    workflowEditor: createWorkflowEditorStore(deps),
    workflowRun: createWorkflowRunStore(deps),
    workflowLookups: createWorkflowLookupsStore(deps),
  };
}

export const workflowStoreList = (stores: WorkflowStores) => [
  stores.workflowsList,
  stores.workflowEditor,
  stores.workflowRun,
  stores.workflowLookups,
];
