import { z } from 'zod';
import { crmFilterNodeSchema } from './crm-filter';
import { internalNameSchema, labelSchema } from './names';
import { recordFilterSchema } from './records';

/**
 * Production > Workflows: a graph of activities joined by transitions. Activities pass
 * populations (work tables in the record store) along their outputs.
 */
export const activityTypes = [
  'start',
  'scheduler',
  'query',
  'crmConnector',
  'deduplication',
  'updateData',
  'javascript',
  'wait',
  'end',
] as const;
export type ActivityType = (typeof activityTypes)[number];

export const activityTypeLabels: Record<ActivityType, string> = {
  start: 'Start',
  scheduler: 'Scheduler',
  query: 'Query',
  crmConnector: 'CRM connector',
  deduplication: 'Deduplication',
  updateData: 'Update data',
  javascript: 'JavaScript code',
  wait: 'Wait',
  end: 'End',
};

/** The transitions an activity can fire. */
export const activityOutputs = ['ok', 'reject', 'error'] as const;
export type ActivityOutput = (typeof activityOutputs)[number];

export const activityOutputLabels: Record<ActivityOutput, string> = {
  ok: 'OK',
  reject: 'Reject',
  error: 'Error',
};

/** Advanced tab, "In case of errors". */
export const errorHandlings = ['suspend', 'ignore', 'abort'] as const;
export type ErrorHandling = (typeof errorHandlings)[number];
export const errorHandlingLabels: Record<ErrorHandling, string> = {
  suspend: 'Suspend the process',
  ignore: 'Ignore',
  abort: 'Abort',
};

/** An activity's id inside its workflow, e.g. `crmConnector2`; used in option names. */
export const activityIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'An activity name holds only letters and digits.');

const common = {
  id: activityIdSchema,
  label: labelSchema,
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  onError: z.enum(errorHandlings).default('suspend'),
  /** Advanced tab: JavaScript run before the activity, e.g. to set `vars` its settings use. */
  initScript: z.string().max(100_000).default(''),
};

/** A CRM field name as the connector gives it. */
const remoteFieldSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'Not a remote field name.');

/** "Conversion" column of the remote fields and mapping grids. */
export const conversions = ['default', 'dateOnly', 'withoutOffset', 'copy'] as const;
export type Conversion = (typeof conversions)[number];
export const conversionLabels: Record<Conversion, string> = {
  default: 'Default (with time zone management)',
  dateOnly: 'Date only',
  withoutOffset: 'Without time offset',
  copy: 'Copy/Paste',
};

export const scheduleSchema = z.discriminatedUnion('kind', [
  /** Once, at a datetime (ISO 8601); a time already past fires at once. */
  z.object({ kind: z.literal('once'), at: z.iso.datetime({ offset: true }) }),
  z.object({ kind: z.literal('every'), minutes: z.number().int().min(1).max(10_080) }),
  /** Daily at `HH:mm`, local time of the console. */
  z.object({
    kind: z.literal('daily'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time such as 06:30.'),
  }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

export const crmOperations = ['import', 'export', 'importDeleted', 'delete'] as const;
export type CrmOperation = (typeof crmOperations)[number];
export const crmOperationLabels: Record<CrmOperation, string> = {
  import: 'Import from CRM',
  export: 'Export to CRM',
  importDeleted: 'Import objects deleted in CRM',
  delete: 'Delete objects in the CRM',
};

export const crmImportSchema = z.object({
  /** Record identification: a filter on the CRM, or the population calculated upstream. */
  identification: z.enum(['filter', 'upstream']).default('filter'),
  /** For `upstream`: the input column holding the remote record id. */
  remoteIdColumn: internalNameSchema.nullable().default(null),
  fields: z
    .array(
      z.object({ remote: remoteFieldSchema, conversion: z.enum(conversions).default('default') }),
    )
    .max(500)
    .default([]),
  filter: crmFilterNodeSchema.nullable().default(null),
  orderBy: z
    .array(z.object({ field: remoteFieldSchema, descending: z.boolean().default(false) }))
    .max(5)
    .default([]),
  automaticIndex: z
    .object({
      enabled: z.boolean().default(false),
      /** Default `LASTIMPORT_<instance>_<activity>`. */
      optionName: internalNameSchema.nullable().default(null),
      /** Default: the CRM's index field (Salesforce `LastModifiedDate`). */
      indexField: remoteFieldSchema.nullable().default(null),
    })
    .prefault({}),
  /** Salesforce: include deleted, archived and merged records (queryAll). */
  queryAll: z.boolean().default(false),
});

export const crmExportSchema = z.object({
  mapping: z
    .array(
      z.object({
        /** A column of the input population. */
        source: internalNameSchema,
        remote: remoteFieldSchema,
        conversion: z.enum(conversions).default('default'),
      }),
    )
    .max(500)
    .default([]),
  /** Export in Batches (up to the CRM's batch size per call); else one record per call. */
  batches: z.boolean().default(true),
});

export const crmBehaviorSchema = z.object({
  outbound: z.boolean().default(true),
  processRejects: z.boolean().default(false),
  processErrors: z.boolean().default(false),
  /** Keep the rejections in a file: a CSV path (absolute, or relative to the data dir). */
  rejectionFile: z.string().trim().max(1000).nullable().default(null),
});

const crmConnectorSchema = z.object({
  ...common,
  type: z.literal('crmConnector'),
  account: internalNameSchema.nullable().default(null),
  operation: z.enum(crmOperations).default('import'),
  remoteObject: remoteFieldSchema.nullable().default(null),
  import: crmImportSchema.prefault({}),
  export: crmExportSchema.prefault({}),
  /** Import deleted: both included; a JavaScript Date expression, ISO 8601, `yyyy.MM.dd[ hh.mm.ss]`. */
  deleted: z
    .object({ start: z.string().max(1000).default(''), end: z.string().max(1000).default('') })
    .prefault({}),
  /** Delete: the input column holding the remote id to delete. */
  deleteIdColumn: internalNameSchema.nullable().default(null),
  behavior: crmBehaviorSchema.prefault({}),
});

export const updateOperations = ['insert', 'update', 'upsert'] as const;
export type UpdateOperation = (typeof updateOperations)[number];
export const updateOperationLabels: Record<UpdateOperation, string> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Insert or update',
};

export const activitySchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('start') }),
  z.object({ ...common, type: z.literal('scheduler'), schedule: scheduleSchema }),
  z.object({
    ...common,
    type: z.literal('query'),
    table: internalNameSchema.nullable().default(null),
    filter: recordFilterSchema.nullable().default(null),
  }),
  crmConnectorSchema,
  z.object({
    ...common,
    type: z.literal('deduplication'),
    /** Records with equal values in these columns are duplicates (read sorted by them: 5 at most). */
    keys: z.array(internalNameSchema).max(5, 'Deduplicate on at most 5 columns.').default([]),
    /** The one kept is the most recently modified by this column. */
    modifiedColumn: internalNameSchema.nullable().default(null),
  }),
  z.object({
    ...common,
    type: z.literal('updateData'),
    table: internalNameSchema.nullable().default(null),
    operation: z.enum(updateOperations).default('upsert'),
    /** Destination columns records are reconciled on (a key or unique key of the table). */
    reconciliation: z.array(internalNameSchema).max(10).default([]),
    mapping: z
      .array(z.object({ source: internalNameSchema, destination: internalNameSchema }))
      .max(500)
      .default([]),
    processRejects: z.boolean().default(false),
  }),
  z.object({
    ...common,
    type: z.literal('javascript'),
    script: z.string().max(100_000).default(''),
    timeoutSeconds: z.number().int().min(1).max(3600).default(10),
  }),
  z.object({
    ...common,
    type: z.literal('wait'),
    seconds: z
      .number()
      .int()
      .min(0)
      .max(30 * 86_400)
      .default(60),
  }),
  z.object({ ...common, type: z.literal('end') }),
]);
export type Activity = z.output<typeof activitySchema>;
export type ActivityInput = z.input<typeof activitySchema>;
export type ActivityOf<T extends ActivityType> = Extract<Activity, { type: T }>;
export type CrmConnectorActivity = ActivityOf<'crmConnector'>;

/** The transitions an activity offers, from its settings. */
export function outputsOf(activity: Activity): ActivityOutput[] {
  switch (activity.type) {
    case 'end':
      return [];
    case 'crmConnector': {
      const b = activity.behavior;
      return [
        ...(b.outbound ? (['ok'] as const) : []),
        ...(b.processRejects ? (['reject'] as const) : []),
        ...(b.processErrors ? (['error'] as const) : []),
      ];
    }
    case 'updateData':
      return activity.processRejects ? ['ok', 'reject'] : ['ok'];
    default:
      return ['ok'];
  }
}

export const transitionSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a transition id.'),
  from: activityIdSchema,
  output: z.enum(activityOutputs),
  to: activityIdSchema,
});
export type Transition = z.infer<typeof transitionSchema>;

export const workflowSchema = z
  .object({
    name: internalNameSchema,
    label: labelSchema,
    activities: z.array(activitySchema).max(200),
    transitions: z.array(transitionSchema).max(1000),
  })
  .superRefine((workflow, ctx) => {
    const byId = new Map<string, Activity>();
    workflow.activities.forEach((a, i) => {
      if (byId.has(a.id))
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'id'],
          message: `Two activities are named '${a.id}'.`,
        });
      byId.set(a.id, a);
    });
    workflow.transitions.forEach((t, i) => {
      const from = byId.get(t.from);
      if (!from || !byId.has(t.to))
        ctx.addIssue({
          code: 'custom',
          path: ['transitions', i],
          message: `Transition '${t.id}' joins an activity that does not exist.`,
        });
      else if (!outputsOf(from).includes(t.output))
        ctx.addIssue({
          code: 'custom',
          path: ['transitions', i],
          message: `Activity '${from.label || from.id}' has no ${activityOutputLabels[t.output]} transition.`,
        });
    });
  });
export type Workflow = z.output<typeof workflowSchema>;
export type WorkflowInput = z.input<typeof workflowSchema>;

/** A workflow as stored: every save makes a new version. */
export interface StoredWorkflow extends Workflow {
  version: number;
  updatedAt: string;
}

/** A stored workflow read back from a file (config store, run snapshot). */
export const storedWorkflowSchema: z.ZodType<
  StoredWorkflow,
  z.input<typeof workflowSchema>
> = workflowSchema.and(
  z.object({ version: z.number().int().min(1), updatedAt: z.iso.datetime({ offset: true }) }),
);

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
export const runStatusLabels: Record<RunStatus, string> = {
  running: 'Running',
  paused: 'Paused',
  suspended: 'Suspended',
  succeeded: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};
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
  error: string | null;
}

export interface RunView {
  id: string;
  workflow: string;
  /** The version of the workflow it runs. */
  version: number;
  status: RunStatus;
  startedAt: string;
  endedAt: string | null;
  /** Why it stopped, for a failed, suspended or interrupted run. */
  message: string | null;
  activities: Record<string, ActivityRunView>;
  vars: Record<string, unknown>;
}

export interface RunLogLine {
  /** Sequence number in the run's log, from 1. */
  seq: number;
  at: string;
  level: 'info' | 'warning' | 'error';
  activity: string | null;
  text: string;
}

export interface WorkflowSummary {
  name: string;
  label: string;
  version: number;
  updatedAt: string;
  lastRun: Pick<RunView, 'id' | 'status' | 'startedAt' | 'endedAt'> | null;
}

/** The `LASTIMPORT_<instance>_<activity>` option of an import's automatic index. */
export function automaticIndexOptionName(instance: string, activity: string): string {
  return `LASTIMPORT_${instance}_${activity}`;
}
