import type { MessageParamsData } from './i18n/message';
import type { SessionStatus } from './domain/session';
import type { RunLogLine, RunView } from './domain/workflows/run-views';

/**
 * Everything main pushes to the renderer travels on one event channel, told apart by `type`.
 * Long jobs report progress and log lines under their job id.
 */
export type ConsoleEvent =
  | { type: 'session.changed'; status: SessionStatus }
  | {
      type: 'job.progress';
      jobId: string;
      done: number;
      total: number | null;
      message?: string;
    }
  | {
      type: 'job.log';
      jobId: string;
      level: 'info' | 'warning' | 'error';
      /** In English; `key` and `params` word it in the operator's language. */
      text: string;
      key?: string;
      params?: MessageParamsData;
      at: string;
    }
  | {
      type: 'job.finished';
      jobId: string;
      outcome: 'succeeded' | 'failed' | 'cancelled';
      /** What went wrong, for a failed job, in English; `key` and `params` word it. */
      message?: string;
      key?: string;
      params?: MessageParamsData;
      result?: JobResult;
    }
  /** A workflow run's state changed (throttled while activities report progress). */
  | { type: 'workflow.run'; run: RunView }
  | { type: 'workflow.log'; runId: string; line: RunLogLine };

/** What a finished job leaves behind, e.g. the file an export wrote. */
export interface JobResult {
  rows?: number;
  /** Rows an import refused; their lines and reasons are in the export file. */
  rejected?: number;
  /** The file's name in the data dir's exports folder. */
  exportFile?: string;
  /** Where it is on disk. */
  exportPath?: string;
  /** The schema a configuration wizard generated. */
  schema?: string;
}

export type ConsoleEventType = ConsoleEvent['type'];

/** The name of the IPC / event-stream channel that carries `ConsoleEvent`s. */
export const eventChannelName = 'crm-console:event';
/** The prefix of the IPC channels that carry contract calls. */
export const invokeChannelPrefix = 'crm-console:invoke:';
