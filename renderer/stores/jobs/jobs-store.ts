import { createStore } from 'zustand/vanilla';
import type { ConsoleEvent, JobResult } from '../../../shared/events';
import { consoleI18n } from '../../i18n/console-i18n';
import { formatRows } from '../../i18n/formats';
import { reasonText, wordedText } from '../../i18n/message-text';
import type { ConsoleMessageData } from '../../../shared/i18n/message';
import { asCallError, type StoreDeps } from '../store-deps';

export type JobEvent = Extract<ConsoleEvent, { type: `job.${string}` }>;
export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type JobLogLine = Pick<Extract<JobEvent, { type: 'job.log' }>, 'level' | 'text' | 'at'>;

export interface JobView {
  id: string;
  /** Set for jobs this window started ('Export of Recipients'); they toast when they end. */
  label: string | null;
  status: JobStatus;
  done: number;
  total: number | null;
  /** Why a failed job failed, in English; `messageText` words it in the window's language. */
  message: string | null;
  messageText: ConsoleMessageData | null;
  result: JobResult | null;
  cancelling: boolean;
  /** The job's log lines in order (the configuration wizard shows them), the last ones kept. */
  log: JobLogLine[];
  /** When this window learnt that the job ended (epoch ms), for an elapsed time that stops. */
  endedAt: number | null;
}

export interface JobsState {
  jobs: Record<string, JobView>;
  /** Marks a job as this window's, once its start call answered. */
  track(jobId: string, label: string): void;
  /** From the event feed: progress and ends of every job, this window's or not. */
  apply(event: JobEvent): void;
  cancel(jobId: string): Promise<void>;
  reset(): void;
}

/** Finished jobs kept for their views; the oldest go first. */
const keptJobs = 20;
/** Log lines kept per job: a schema job writes a few per table. */
const keptLogLines = 1000;

const blank = (id: string): JobView => ({
  id,
  label: null,
  status: 'running',
  done: 0,
  total: null,
  message: null,
  messageText: null,
  result: null,
  cancelling: false,
  log: [],
  endedAt: null,
});

/** Why a failed job failed, in the window's language at the time it is read. */
export function jobFailure(job: Pick<JobView, 'message' | 'messageText'>): string | null {
  return job.message === null ? null : reasonText(job.message, job.messageText);
}

/** Long jobs (exports today) as the window sees them: progress, end, cancel. */
export const createJobsStore = ({ api, notify }: StoreDeps) =>
  createStore<JobsState>()((set, get) => {
    const update = (id: string, change: (job: JobView) => Partial<JobView>) => {
      const job = get().jobs[id] ?? blank(id);
      const entries = Object.entries({ ...get().jobs, [id]: { ...job, ...change(job) } });
      const surplus = entries.length - keptJobs;
      // The oldest finished jobs go first; a running one stays, whatever its age.
      const dropped = new Set(
        entries
          .filter(([, j]) => j.status !== 'running')
          .slice(0, Math.max(0, surplus))
          .map(([key]) => key),
      );
      set({ jobs: Object.fromEntries(entries.filter(([key]) => !dropped.has(key))) });
    };

    const announce = (job: JobView) => {
      if (!job.label) return;
      if (job.status === 'succeeded') {
        const rows = job.result?.rows;
        notify.success(
          rows === undefined
            ? consoleI18n.t('records:jobs.finished', { job: job.label })
            : consoleI18n.t('records:jobs.finishedRows', {
                job: job.label,
                rows: formatRows(rows),
              }),
        );
      } else if (job.status === 'failed') {
        const reason = jobFailure(job) ?? consoleI18n.t('records:jobs.noReason');
        notify.failure(consoleI18n.t('records:jobs.failed', { job: job.label, reason }));
      }
    };

    return {
      jobs: {},

      track(jobId, label) {
        update(jobId, () => ({ label }));
        // Events may overtake the answer that carried the id: the job may be over already.
        const job = get().jobs[jobId];
        if (job && job.status !== 'running') announce(job);
      },

      apply(event) {
        switch (event.type) {
          case 'job.progress':
            update(event.jobId, (job) =>
              job.status === 'running' ? { done: event.done, total: event.total } : {},
            );
            break;
          case 'job.finished':
            update(event.jobId, (job) => ({
              status: event.outcome,
              message: event.message ?? null,
              messageText: event.key ? { key: event.key, params: event.params ?? {} } : null,
              result: event.result ?? null,
              cancelling: false,
              done: event.result?.rows ?? job.done,
              endedAt: Date.now(),
            }));
            announce(get().jobs[event.jobId] as JobView);
            break;
          case 'job.log': {
            // Worded on arrival, in the window's language: the lines are read while the job runs.
            const { level, at } = event;
            const text = wordedText(event);
            update(event.jobId, (job) => ({
              log: [...job.log, { level, text, at }].slice(-keptLogLines),
            }));
            break;
          }
        }
      },

      async cancel(jobId) {
        update(jobId, () => ({ cancelling: true }));
        try {
          await api.jobs.cancel({ jobId });
        } catch (error) {
          const refusal = asCallError('jobs.cancel', error);
          // NOT_FOUND: it finished meanwhile; its end event says how.
          if (refusal.code !== 'NOT_FOUND') notify.failure(refusal.message);
          update(jobId, () => ({ cancelling: false }));
        }
      },

      reset: () => set({ jobs: {} }),
    };
  });

export type JobsStore = ReturnType<typeof createJobsStore>;
