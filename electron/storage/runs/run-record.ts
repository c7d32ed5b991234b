import { z } from 'zod';
import { activityIdSchema } from '../../../shared/domain/workflows/common-settings';
import { runStatuses, type ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { storedWorkflowSchema } from '../../../shared/domain/workflows/workflow-graph';
import { consoleMessageSchema } from '../../../shared/i18n/message';

const populationSchema = z.object({ table: z.string().min(1), count: z.number().int().min(0) });

/** One pending execution of an activity: what it receives and, for timers, when it is due. */
export const runTaskSchema = z.object({
  id: z.string().regex(/^task\d+$/),
  activityId: activityIdSchema,
  input: populationSchema.nullable(),
  /** Epoch ms before which the task does not run (a re-queued Scheduler); null: at once. */
  dueAt: z.number().nullable(),
  /** The execution's state that survives a crash (ActivityContext.checkpoint). */
  checkpoint: z.unknown().optional(),
  /** Set once it has begun: a resumed task is the same execution, not a new one. */
  started: z.boolean().optional(),
});
export type RunTask = z.infer<typeof runTaskSchema>;

const activityRunViewSchema: z.ZodType<ActivityRunView> = z.object({
  state: z.enum(['idle', 'pending', 'running', 'done', 'failed', 'ignored']),
  executions: z.number().int().min(0),
  input: z.number().int().min(0).nullable(),
  outputs: z.partialRecord(z.enum(['ok', 'reject', 'error']), populationSchema.nullable()),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  progress: z
    .object({
      done: z.number(),
      total: z.number().nullable(),
      ratePerSecond: z.number().nullable(),
    })
    .nullable(),
  waitingUntil: z.string().nullable().optional(),
  error: z.string().nullable(),
  /** Absent in runs stored before messages had keys: `error` is shown then. */
  errorText: consoleMessageSchema.nullable().optional(),
});

/** `run.json`: everything needed to show a run and to resume it after a stop or a crash. */
export const runRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  /** The workflow's current name (follows renames); the snapshot keeps the one it ran. */
  workflow: z.string().min(1),
  snapshot: storedWorkflowSchema,
  status: z.enum(runStatuses),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  message: z.string().nullable(),
  /** Absent in runs stored before messages had keys: `message` is shown then. */
  messageText: consoleMessageSchema.nullable().optional(),
  vars: z.record(z.string(), z.unknown()),
  /** FIFO; the head is the task executing, or the one a resume re-runs. */
  queue: z.array(runTaskSchema),
  /** Number of the last task created, for unique task ids. */
  taskCounter: z.number().int().min(0),
  activities: z.record(z.string(), activityRunViewSchema),
  /** Every work table the run created, dropped when the workflow restarts or is deleted. */
  workTables: z.array(z.string()),
});
export type RunRecord = z.infer<typeof runRecordSchema>;
