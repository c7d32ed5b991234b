import { createStore } from 'zustand/vanilla';
import type { ConsoleEvent } from '../../../shared/events';
import type { RunLogLine, RunView } from '../../../shared/domain/workflows/run-views';
import type { ConsoleCallError } from '../../api/console-call-error';
import { consoleI18n } from '../../i18n/console-i18n';
import { asCallError, type StoreDeps } from '../store-deps';
import { isBehind } from './run-recency';

export type WorkflowEvent = Extract<ConsoleEvent, { type: `workflow.${string}` }>;
type RunAction = 'start' | 'pause' | 'resume' | 'cancel';

/** What the administrator asked for, as the refusal's title says it. */
function refusalTitle(action: RunAction | 'runs'): string {
  switch (action) {
    case 'start':
      return consoleI18n.t('workflows:refusal.start');
    case 'pause':
      return consoleI18n.t('workflows:refusal.pause');
    case 'resume':
      return consoleI18n.t('workflows:refusal.resume');
    case 'cancel':
      return consoleI18n.t('workflows:refusal.cancel');
    case 'runs':
      return consoleI18n.t('workflows:refusal.runs');
  }
}

/** A refused run control, titled by what was asked. */
export interface RunActionError {
  title: string;
  error: ConsoleCallError;
}

export interface WorkflowRunState {
  /** The workflow whose runs are followed. */
  workflow: string | null;
  /** Its runs, newest first. */
  runs: RunView[];
  /** The run the diagram and the log show: the newest, or one picked from the history. */
  runId: string | null;
  log: RunLogLine[];
  logError: string | null;
  /** The output population shown in the data explorer ("Display the target"). */
  result: { table: string; title: string } | null;
  /** A run control call under way. */
  busy: RunAction | null;
  actionError: RunActionError | null;
  follow(workflow: string | null): Promise<void>;
  pick(runId: string): Promise<void>;
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
  openResult(table: string, title: string): void;
  closeResult(): void;
  /** From the event feed. */
  apply(event: WorkflowEvent): void;
  reset(): void;
}

/** Lines kept for the panel; a long run's older lines can be read again by picking it. */
const keptLogLines = 5000;

const initial = {
  workflow: null,
  runs: [],
  runId: null,
  log: [],
  logError: null,
  result: null,
  busy: null,
  actionError: null,
} satisfies Partial<WorkflowRunState>;

const newestFirst = (a: RunView, b: RunView) => b.startedAt.localeCompare(a.startedAt);

/** Lines from the log call and from events, in order, each once. */
export function mergeLog(
  current: readonly RunLogLine[],
  more: readonly RunLogLine[],
): RunLogLine[] {
  const bySeq = new Map<number, RunLogLine>();
  for (const line of [...current, ...more]) bySeq.set(line.seq, line);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-keptLogLines);
}

export function selectedRun(state: Pick<WorkflowRunState, 'runs' | 'runId'>): RunView | null {
  return state.runs.find((r) => r.id === state.runId) ?? null;
}

/** The runs of the workflow open in the editor: controls, live state and the run log. */
export function createWorkflowRunStore({ api }: StoreDeps) {
  return createStore<WorkflowRunState>()((set, get) => {
    const upsert = (run: RunView) => {
      const others = get().runs.filter((r) => r.id !== run.id);
      set({ runs: [run, ...others].sort(newestFirst) });
    };

    const loadLog = async (runId: string) => {
      try {
        const lines = await api.workflows.log({ runId, afterSeq: 0 });
        if (get().runId !== runId) return;
        set({ log: mergeLog(get().log, lines), logError: null });
      } catch (error) {
        if (get().runId === runId) set({ logError: asCallError('workflows.log', error).message });
      }
    };

    const show = async (runId: string) => {
      set({ runId, log: [], logError: null });
      await loadLog(runId);
    };

    const control = async (action: RunAction, call: () => Promise<RunView>) => {
      set({ busy: action, actionError: null });
      try {
        const run = await call();
        const known = get().runs.find((r) => r.id === run.id);
        if (!known || !isBehind(run, known)) upsert(run);
        set({ busy: null });
        if (get().runId !== run.id) await show(run.id);
      } catch (error) {
        set({
          busy: null,
          actionError: {
            title: refusalTitle(action),
            error: asCallError(`workflows.${action}`, error),
          },
        });
      }
    };

    const current = () => {
      const id = get().runId;
      if (!id) throw new Error(consoleI18n.t('workflows:refusal.noRun'));
      return id;
    };

    return {
      ...initial,

      async follow(workflow) {
        set({ ...initial, workflow });
        if (!workflow) return;
        try {
          const runs = await api.workflows.runs({ name: workflow });
          if (get().workflow !== workflow) return;
          // Events may have brought a run in while the list was read.
          const known = new Map(runs.map((r) => [r.id, r]));
          for (const r of get().runs) known.set(r.id, r);
          const all = [...known.values()].sort(newestFirst);
          set({ runs: all });
          const newest = all[0];
          if (newest && !get().runId) await show(newest.id);
        } catch (error) {
          set({
            actionError: {
              title: refusalTitle('runs'),
              error: asCallError('workflows.runs', error),
            },
          });
        }
      },

      pick: (runId) => show(runId),

      openResult: (table, title) => set({ result: { table, title } }),
      closeResult: () => set({ result: null }),

      start() {
        const workflow = get().workflow;
        if (!workflow) return Promise.resolve();
        return control('start', () => api.workflows.start({ name: workflow }));
      },
      pause: () => control('pause', () => api.workflows.pause({ runId: current() })),
      resume: () => control('resume', () => api.workflows.resume({ runId: current() })),
      cancel: () => control('cancel', () => api.workflows.cancel({ runId: current() })),

      apply(event) {
        if (event.type === 'workflow.run') {
          if (event.run.workflow !== get().workflow) return;
          upsert(event.run);
          // A run started elsewhere (the scheduler) is shown when none was.
          if (!get().runId) void show(event.run.id);
          return;
        }
        if (event.runId === get().runId) set({ log: mergeLog(get().log, [event.line]) });
      },

      reset: () => set(initial),
    };
  });
}

export type WorkflowRunStore = ReturnType<typeof createWorkflowRunStore>;
