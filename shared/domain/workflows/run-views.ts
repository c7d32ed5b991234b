import type { ConsoleMessageData, MessageParamsData } from '../../i18n/message';
import type { ActivityOutput } from './activity-catalogue';

/** What the console shows of runs: their states, each activity's progress, the run log. */
export const runStatuses = [
  'running',
  'paused',
  'suspended',
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
] as const;
export type RunStatus = (typeof runStatuses)[number];
/** A run in one of these states can be resumed. */
export const resumableStatuses: readonly RunStatus[] = ['paused', 'suspended', 'interrupted'];

export type ActivityState = 'idle' | 'pending' | 'running' | 'done' | 'failed' | 'ignored';

/** A population an activity produced: a work table and its row count. */
export interface PopulationView {
  table: string;
  count: number;
}

export interface ActivityRunView {
  state: ActivityState;
  /** How many times it ran in this run (a loop through Wait runs it again). */
  executions: number;
  /** Rows received in its last execution; null without an input population. */
  input: number | null;
  outputs: Partial<Record<ActivityOutput, PopulationView | null>>;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  progress: { done: number; total: number | null; ratePerSecond: number | null } | null;
  /** When a waiting Wait or a re-queued Scheduler is due (ISO 8601); absent otherwise. */
  waitingUntil?: string | null;
  /** Why its last execution failed, in English (logs, runs stored before `errorText`). */
  error: string | null;
  /** The same as a `messages` catalogue message, shown in the operator's language. */
  errorText?: ConsoleMessageData | null;
}

export interface RunView {
  id: string;
  workflow: string;
  /** The version of the workflow it runs. */
  version: number;
  status: RunStatus;
  startedAt: string;
  endedAt: string | null;
  /** Why it stopped, for a failed, suspended or interrupted run; in English, for logs. */
  message: string | null;
  /** The same as a `messages` catalogue message (absent in runs stored before it). */
  messageText?: ConsoleMessageData | null;
  activities: Record<string, ActivityRunView>;
  vars: Record<string, unknown>;
}

export interface RunLogLine {
  /** Sequence number in the run's log, from 1. */
  seq: number;
  at: string;
  level: 'info' | 'warning' | 'error';
  activity: string | null;
  /** In English, for logs and readers that know no keys; lines written before keys have only it. */
  text: string;
  /** The line as a `messages` catalogue key and its values, shown in the operator's language. */
  key?: string;
  params?: MessageParamsData;
}

/** A row of the workflows list: the workflow's current version and its last run. */
export interface WorkflowSummary {
  name: string;
  label: string;
  version: number;
  updatedAt: string;
  lastRun: Pick<RunView, 'id' | 'status' | 'startedAt' | 'endedAt'> | null;
}
