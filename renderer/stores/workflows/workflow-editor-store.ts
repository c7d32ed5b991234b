import { dequal } from 'dequal';
import { createStore } from 'zustand/vanilla';
import type {
  ActivityOutput,
  ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { StoredWorkflow, Workflow } from '../../../shared/domain/workflows/workflow-graph';
import type { ConsoleCallError } from '../../api/console-call-error';
import { consoleI18n } from '../../i18n/console-i18n';
import { asCallError, type StoreDeps } from '../store-deps';
import {
  addActivity,
  connect,
  moveActivity,
  newActivity,
  removeElements,
  replaceActivity,
} from './workflow-graph';

export type EditorSelection = { kind: 'activity'; id: string } | { kind: 'transition'; id: string };

export interface WorkflowEditorState {
  /** The workflow open in the editor; null shows the list. */
  name: string | null;
  /** The last saved version, as the service gave it. */
  stored: StoredWorkflow | null;
  /** What the diagram and the property panel show and edit. */
  draft: Workflow | null;
  loadError: string | null;
  dirty: boolean;
  selection: EditorSelection | null;
  saving: boolean;
  /** The service's refusal of the last save: a stale version, invalid settings. */
  saveError: ConsoleCallError | null;
  /** Why the last drag-to-connect was refused. */
  connectError: string | null;
  open(name: string): Promise<void>;
  close(): void;
  setLabel(label: string): void;
  /** From the palette: dropped at a position, or (click, keyboard) placed after the others. */
  add(type: ActivityType, position?: { x: number; y: number }): string | null;
  update(activity: Activity): void;
  move(id: string, position: { x: number; y: number }): void;
  connect(from: string, output: ActivityOutput, to: string): boolean;
  remove(activityIds: readonly string[], transitionIds: readonly string[]): void;
  removeSelection(): void;
  select(selection: EditorSelection | null): void;
  /** Saves a new version; true when saved (or nothing to save). */
  save(): Promise<boolean>;
  /** Drops the changes and reads the saved version again (after a stale-version refusal). */
  reload(): Promise<void>;
  reset(): void;
}

const initial = {
  name: null,
  stored: null,
  draft: null,
  loadError: null,
  dirty: false,
  selection: null,
  saving: false,
  saveError: null,
  connectError: null,
} satisfies Partial<WorkflowEditorState>;

/**
 * Where a click-added activity goes: a grid after the ones already there, three to a row so
 * that a workflow of a dozen activities stays readable in the editor's diagram at full size.
 */
function nextFreePosition(workflow: Workflow): { x: number; y: number } {
  const n = workflow.activities.length;
  return { x: 40 + (n % 3) * 200, y: 40 + Math.floor(n / 3) * 110 };
}

function toWorkflow(stored: StoredWorkflow): Workflow {
  return {
    name: stored.name,
    label: stored.label,
    activities: stored.activities,
    transitions: stored.transitions,
  };
}

/** The workflow editor: the saved version, the draft being edited, the selection, saving. */
export function createWorkflowEditorStore({ api, notify }: StoreDeps) {
  return createStore<WorkflowEditorState>()((set, get) => {
    // Dirty means "differs from the saved version", not "something was touched": a drag that
    // ends where it began, or a property panel writing back the same settings, saves nothing.
    const differs = (draft: Workflow) => {
      const { stored } = get();
      return stored === null || !dequal(draft, toWorkflow(stored));
    };
    const edit = (change: (draft: Workflow) => Workflow) => {
      const { draft } = get();
      if (!draft) return;
      const next = change(draft);
      set({ draft: next, dirty: differs(next), connectError: null });
    };
    let openRequest = 0;

    return {
      ...initial,

      async open(name) {
        const request = ++openRequest;
        set({ ...initial, name });
        try {
          const stored = await api.workflows.get({ name });
          if (request !== openRequest) return;
          set({ stored, draft: toWorkflow(stored) });
        } catch (error) {
          if (request !== openRequest) return;
          set({ loadError: asCallError('workflows.get', error).message });
        }
      },

      close() {
        openRequest += 1;
        set(initial);
      },

      setLabel: (label) => edit((d) => ({ ...d, label })),

      add(type, position) {
        const { draft } = get();
        if (!draft) return null;
        const activity = newActivity(draft, type, position ?? nextFreePosition(draft));
        edit((d) => addActivity(d, activity));
        set({ selection: { kind: 'activity', id: activity.id } });
        return activity.id;
      },

      update: (activity) => edit((d) => replaceActivity(d, activity)),

      move: (id, position) => edit((d) => moveActivity(d, id, position)),

      connect(from, output, to) {
        const { draft } = get();
        if (!draft) return false;
        const result = connect(draft, from, output, to);
        if (!result.ok) {
          set({ connectError: result.message });
          return false;
        }
        set({ draft: result.workflow, dirty: differs(result.workflow), connectError: null });
        return true;
      },

      remove(activityIds, transitionIds) {
        if (activityIds.length === 0 && transitionIds.length === 0) return;
        edit((d) => removeElements(d, activityIds, transitionIds));
        const { selection } = get();
        if (selection && [...activityIds, ...transitionIds].includes(selection.id))
          set({ selection: null });
      },

      removeSelection() {
        const { selection } = get();
        if (!selection) return;
        if (selection.kind === 'activity') get().remove([selection.id], []);
        else get().remove([], [selection.id]);
      },

      select: (selection) => set({ selection }),

      async save() {
        const { name, stored, draft, dirty, saving } = get();
        if (!name || !stored || !draft || saving) return false;
        if (!dirty) return true;
        set({ saving: true, saveError: null });
        try {
          const saved = await api.workflows.update({
            originalName: name,
            baseVersion: stored.version,
            workflow: draft,
          });
          // Edits made while the call was out stay in the draft, still unsaved.
          const unchanged = get().draft === draft;
          set({
            name: saved.name,
            stored: saved,
            draft: unchanged ? toWorkflow(saved) : get().draft,
            dirty: !unchanged,
            saving: false,
          });
          notify.success(
            consoleI18n.t('workflows:saved', {
              name: saved.label || saved.name,
              version: saved.version,
            }),
          );
          return true;
        } catch (error) {
          set({ saving: false, saveError: asCallError('workflows.update', error) });
          return false;
        }
      },

      async reload() {
        const { name } = get();
        if (name) await get().open(name);
      },

      reset() {
        openRequest += 1;
        set(initial);
      },
    };
  });
}

export type WorkflowEditorStore = ReturnType<typeof createWorkflowEditorStore>;
