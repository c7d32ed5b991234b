import { createStore } from 'zustand/vanilla';
import type { WorkflowSummary } from '../../../shared/domain/workflows/run-views';
import type { StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import type { ConsoleCallError } from '../../api/console-call-error';
import { failed, idle, loading, ready, type Loadable } from '../crm/loadable';
import { consoleI18n } from '../../i18n/console-i18n';
import { asCallError, type StoreDeps } from '../store-deps';
import { activityTypeLabel } from './workflow-labels';

export interface WorkflowsListState {
  items: Loadable<WorkflowSummary[]>;
  creating: boolean;
  createError: ConsoleCallError | null;
  load(): Promise<void>;
  /** A new workflow with a Start activity; its stored form, or null when refused. */
  create(name: string, label: string): Promise<StoredWorkflow | null>;
  clearCreateError(): void;
  remove(name: string): Promise<void>;
  reset(): void;
}

const initial = {
  items: idle,
  creating: false,
  createError: null,
} satisfies Partial<WorkflowsListState>;

/** Production > Workflows: the list with each workflow's last run. */
export function createWorkflowsListStore({ api, notify }: StoreDeps) {
  return createStore<WorkflowsListState>()((set, get) => ({
    ...initial,

    async load() {
      if (get().items.status !== 'ready') set({ items: loading });
      try {
        set({ items: ready(await api.workflows.list()) });
      } catch (error) {
        set({ items: failed(asCallError('workflows.list', error).message) });
      }
    },

    async create(name, label) {
      set({ creating: true, createError: null });
      try {
        const stored = await api.workflows.create({
          name,
          label,
          activities: [
            {
              type: 'start',
              id: 'start',
              label: activityTypeLabel('start'),
              position: { x: 60, y: 60 },
            },
          ],
          transitions: [],
        });
        set({ creating: false });
        void get().load();
        return stored;
      } catch (error) {
        set({ creating: false, createError: asCallError('workflows.create', error) });
        return null;
      }
    },

    clearCreateError: () => set({ createError: null }),

    async remove(name) {
      try {
        await api.workflows.delete({ name });
        notify.success(consoleI18n.t('workflows:deleted', { name }));
      } catch (error) {
        notify.failure(asCallError('workflows.delete', error).message);
      }
      await get().load();
    },

    reset: () => set(initial),
  }));
}

export type WorkflowsListStore = ReturnType<typeof createWorkflowsListStore>;
