import { z } from 'zod';
import { accountInputSchema, type ExternalAccountView } from './domain/accounts';
import {
  enumerationSchema,
  type Enumeration,
  type EnumerationSummary,
} from './domain/enumerations';
import { syncRequestSchema, type SyncPreview, type SyncRow } from './domain/enumeration-sync';
import { internalNameSchema } from './domain/names';
import {
  pageRequestSchema,
  recordFilterSchema,
  recordQuerySchema,
  recordRowSchema,
  type RecordRow,
  type TableDefinition,
  type TableSummary,
} from './domain/records';
import { optionSchema, type Option } from './domain/options';
import type { ErrorIssue } from './errors';
import type { ConsoleMessageData } from './i18n/message';
import {
  fileImportSchema,
  fileEncodings,
  fileSeparators,
  uploadIdSchema,
  type FilePreview,
} from './domain/file-import';
import type { SchemaChanges, SchemaDetail, SchemaSummary } from './domain/schemas';
import type { ConnectionCheck, WizardTables } from './domain/crm';
import {
  logOnSchema,
  setLanguageSchema,
  setUpInstanceSchema,
  type SessionStatus,
} from './domain/session';
import type { CrmCapabilitiesView, CrmTableDescription } from './domain/crm';
import { crmFilterNodeSchema, type CrmFilterProblem } from './domain/crm-filter';
import type { RunLogLine, RunView, WorkflowSummary } from './domain/workflows/run-views';
import {
  transitionSchema,
  workflowSchema,
  type StoredWorkflow,
} from './domain/workflows/workflow-graph';
import { activitySchema } from './domain/workflows/activity-settings';

/** Who may call a channel: anyone (the logon screen) or a logged-on operator. */
export type Access = 'public' | 'operator';

export interface ChannelSpec<A extends z.ZodType, R> {
  arg: A;
  access: Access;
  /** Phantom: carries the result type only. */
  result?: R;
}

function channel<R>() {
  return <A extends z.ZodType>(arg: A, access: Access = 'operator'): ChannelSpec<A, R> => ({
    arg,
    access,
  });
}

const none = z.undefined();
const byName = z.object({ name: internalNameSchema }).strict();
const byTable = z.object({ table: internalNameSchema }).strict();
const byAccount = z.object({ account: internalNameSchema }).strict();
const runIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a run id.');
const byRun = z.object({ runId: runIdSchema }).strict();

/** A problem of an activity's settings, worded in the window's language. */
export type ActivityProblemView = ConsoleMessageData;

/**
 * The checked filter: problems naming the broken rule, or its CRM query text. The window words
 * the filter's one-line summary itself, in its language.
 */
export interface CrmFilterCheck {
  problems: CrmFilterProblem[];
  /** The filter in the CRM's query language (SOQL's WHERE clause); null with problems. */
  query: string | null;
}
const wizardTables = z
  .object({
    account: internalNameSchema,
    tables: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Not a table name.'))
      .min(1, 'Select at least one table.')
      .max(500),
  })
  .strict();

/** Every channel between the renderer and the services. Nothing else crosses. */
export const contract = {
  'session.status': channel<SessionStatus>()(none, 'public'),
  'session.setUp': channel<SessionStatus>()(setUpInstanceSchema.strict(), 'public'),
  'session.logOn': channel<SessionStatus>()(logOnSchema.strict(), 'public'),
  'session.logOff': channel<SessionStatus>()(none),
  'session.setLanguage': channel<SessionStatus>()(setLanguageSchema.strict()),

  'options.list': channel<Option[]>()(none),
  'options.create': channel<Option>()(optionSchema),
  'options.update': channel<Option>()(
    z.object({ originalName: internalNameSchema, option: optionSchema }).strict(),
  ),
  'options.delete': channel<null>()(byName),

  'enumerations.list': channel<EnumerationSummary[]>()(none),
  'enumerations.get': channel<Enumeration>()(byName),
  'enumerations.create': channel<Enumeration>()(enumerationSchema),
  'enumerations.update': channel<Enumeration>()(
    z.object({ originalName: internalNameSchema, enumeration: enumerationSchema }).strict(),
  ),
  'enumerations.delete': channel<null>()(byName),

  'enumerations.syncRows': channel<SyncRow[]>()(byAccount),
  'enumerations.syncPreview': channel<SyncPreview[]>()(syncRequestSchema),
  /** Applies every choice in one write. */
  'enumerations.syncApply': channel<SyncPreview[]>()(syncRequestSchema),

  'accounts.list': channel<ExternalAccountView[]>()(none),
  'accounts.get': channel<ExternalAccountView>()(byName),
  'accounts.create': channel<ExternalAccountView>()(accountInputSchema),
  'accounts.update': channel<ExternalAccountView>()(
    z.object({ originalName: internalNameSchema, account: accountInputSchema }).strict(),
  ),
  'accounts.setEnabled': channel<ExternalAccountView>()(
    z.object({ name: internalNameSchema, enabled: z.boolean() }).strict(),
  ),
  'accounts.delete': channel<null>()(byName),
  'accounts.testConnection': channel<ConnectionCheck>()(byName),

  /** The configuration wizard: 1. tables list, 2. selection (with changes), 3. schema job. */
  'wizard.listTables': channel<WizardTables>()(byAccount),
  'wizard.changes': channel<SchemaChanges>()(wizardTables),
  'wizard.createSchema': channel<{ jobId: string }>()(wizardTables),

  'schemas.list': channel<SchemaSummary[]>()(none),
  'schemas.get': channel<SchemaDetail>()(
    z
      .object({
        name: z
          .string()
          .regex(/^[a-z]+:[A-Za-z0-9_]+$/)
          .max(128),
      })
      .strict(),
  ),

  'records.tables': channel<TableSummary[]>()(none),
  'records.describe': channel<TableDefinition>()(byTable),
  'records.count': channel<number>()(
    z.object({ table: internalNameSchema, filter: recordFilterSchema.optional() }).strict(),
  ),
  'records.page': channel<RecordRow[]>()(pageRequestSchema.strict()),
  /** Record editing: each field checked as the record store checks it. */
  'records.check': channel<ErrorIssue[]>()(
    z.object({ table: internalNameSchema, values: recordRowSchema }).strict(),
  ),
  'records.create': channel<RecordRow>()(
    z.object({ table: internalNameSchema, values: recordRowSchema }).strict(),
  ),
  /** `original` is the row as it was read: a record changed since is refused with CONFLICT. */
  'records.update': channel<RecordRow>()(
    z
      .object({ table: internalNameSchema, original: recordRowSchema, values: recordRowSchema })
      .strict(),
  ),
  /** Deletes the records with these keys, all or none. */
  'records.delete': channel<number>()(
    z
      .object({ table: internalNameSchema, keys: z.array(recordRowSchema).min(1).max(1000) })
      .strict(),
  ),
  /**
   * A file to load, sent in pieces of at most 512 KiB (base64): the same path for both hosts,
   * each piece checked against the size so far.
   */
  'records.upload': channel<{ size: number }>()(
    z
      .object({
        uploadId: uploadIdSchema,
        offset: z.number().int().min(0),
        data: z
          .string()
          .max(700_000, 'A piece of a file is at most 512 KiB.')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.'),
      })
      .strict(),
  ),
  'records.previewFile': channel<FilePreview>()(
    z
      .object({
        uploadId: uploadIdSchema,
        encoding: z.enum(fileEncodings).optional(),
        separator: z.enum(fileSeparators).optional(),
        header: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Starts a background import (all or nothing); progress and the rejects file as job events. */
  'records.importFile': channel<{ jobId: string }>()(fileImportSchema),
  /** Starts a background export; progress and the file come as job events. */
  'records.exportCsv': channel<{ jobId: string }>()(
    z.object({ table: internalNameSchema, query: recordQuerySchema }).strict(),
  ),

  'jobs.cancel': channel<null>()(z.object({ jobId: z.uuid() }).strict()),

  /** Production > Workflows: each save makes a new version; `baseVersion` refuses a stale save. */
  'workflows.list': channel<WorkflowSummary[]>()(none),
  'workflows.get': channel<StoredWorkflow>()(byName),
  'workflows.create': channel<StoredWorkflow>()(workflowSchema),
  'workflows.update': channel<StoredWorkflow>()(
    z
      .object({
        originalName: internalNameSchema,
        baseVersion: z.number().int().min(1),
        workflow: workflowSchema,
      })
      .strict(),
  ),
  'workflows.delete': channel<null>()(byName),
  /** Starts a new run (a restart drops the last run's work tables and journals first). */
  'workflows.start': channel<RunView>()(byName),
  'workflows.pause': channel<RunView>()(byRun),
  'workflows.resume': channel<RunView>()(byRun),
  'workflows.cancel': channel<RunView>()(byRun),
  'workflows.runs': channel<RunView[]>()(byName),
  'workflows.run': channel<RunView>()(byRun),
  'workflows.log': channel<RunLogLine[]>()(
    z
      .object({
        runId: runIdSchema,
        afterSeq: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(1000),
      })
      .strict(),
  ),
  /** The CRM connector activity's editor: the remote objects of the account's approved schema. */
  'workflows.remoteObjects': channel<CrmTableDescription[]>()(byAccount),
  'workflows.crmCapabilities': channel<CrmCapabilitiesView>()(byAccount),
  /**
   * The checks Start makes on one activity, run on the draft being edited: one line each. With
   * the draft's graph, the activity is also checked against the population that reaches it.
   */
  'workflows.checkActivity': channel<ActivityProblemView[]>()(
    z
      .object({
        activity: activitySchema,
        graph: z
          .object({
            activities: z.array(activitySchema).max(200),
            transitions: z.array(transitionSchema).max(1000),
          })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  /** "Edit the filter...": the seed's rules checked, with the query. */
  'workflows.checkCrmFilter': channel<CrmFilterCheck>()(
    z
      .object({
        account: internalNameSchema,
        remoteObject: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Not a table name.'),
        filter: crmFilterNodeSchema,
      })
      .strict(),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What the caller passes (before the schema's defaults and transforms). */
export type ArgOf<C extends Channel> = z.input<Contract[C]['arg']>;
/** What the service receives (after parsing). */
export type ParsedArgOf<C extends Channel> = z.output<Contract[C]['arg']>;
export type ResultOf<C extends Channel> = Exclude<Contract[C]['result'], undefined>;
