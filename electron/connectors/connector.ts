import type { CrmFilterNode, RightHandValues } from '../../shared/domain/crm-filter';
import type { ConsoleMessage } from '../../shared/i18n/message';
import type { RecordRow } from '../../shared/domain/records';
import type {
  ConnectionCheck,
  CrmField,
  CrmTableDescription,
  CrmTableSummary,
} from '../../shared/domain/crm';

export type { ConnectionCheck };

/** One import query: the fields to read, the filter, the order and the modification window. */
export interface CrmQuery {
  table: string;
  fields: string[];
  /** A filter that passed `checkCrmFilter`, with the values of its right-hand expressions. */
  filter?: { node: CrmFilterNode; values: RightHandValues };
  orderBy?: { field: string; descending: boolean }[];
  /** The automatic index: records modified from `since` (included) to `until` (excluded). */
  modified?: { field: string; since?: Date; until?: Date };
  /** Salesforce's *Query for all elements*: deleted, archived and merged records too. */
  includeDeleted?: boolean;
  pageSize?: number;
  /** Only the records with these ids (a population calculated upstream), asked for in chunks. */
  ids?: readonly string[];
  /** Fields whose values come as the CRM wrote them, as text (Copy/Paste, Without time offset). */
  rawFields?: readonly string[];
}

/** A page of a query, and where the next one starts (null after the last): a resumable cursor. */
export interface CrmPage {
  /** One row per record with exactly the query's fields; new objects, the caller's to change. */
  rows: RecordRow[];
  next: string | null;
}

export type WriteMode = 'insert' | 'update' | 'upsert';

/** One record's outcome; `index` is its position in the batch given. */
export interface WriteResult {
  index: number;
  ok: boolean;
  id: string | null;
  /** For an upsert: whether the record was created rather than updated. */
  created?: boolean;
  errors: WriteError[];
}

/** Why the CRM refused a record: its code, and where the CRM gives them its symbol and log file. */
export interface WriteError {
  code: string;
  message: string;
  fields: string[];
  /** The error symbol, when the CRM tells it apart from the code (Oracle's `IDS_…`). */
  symbol?: string;
  /** The CRM's log file of the error (Oracle's `logfilename`). */
  logFilename?: string;
}

export interface DeletedRecord {
  id: string;
  deletedDate: string;
}

/**
 * Where a CRM that reports deletions since a token (Dynamics change tracking) stopped last
 * time: the token and the instant it was taken. Kept per activity, like the automatic index.
 */
export interface DeletionCursor {
  token: string;
  takenAt: Date;
}

export interface DeletedAnswer {
  records: DeletedRecord[];
  /** Where the next run starts, for a CRM that tracks changes; saved once the records are. */
  cursor?: DeletionCursor;
}

/** Limits the seeds name per CRM, checked before a call is made. */
export interface ConnectorCapabilities {
  /** How long the CRM keeps deleted records (Salesforce: 30 days); null when it does not say. */
  deletedRetentionDays: number | null;
  /** Whether the import may sort (Order by). */
  orderBy: boolean;
  /**
   * When set, an import may sort or filter but not both (Oracle's v1.0 API): the limitation in
   * the seed's words, quoted when both are asked. A filter, an automatic index or upstream ids
   * all filter.
   */
  sortOrFilterOnly: ConsoleMessage | null;
  /** Whether the import can include deleted, archived and merged records (Salesforce queryAll). */
  queryAll: boolean;
  /** Whether the CRM's datetimes carry a time zone (Oracle's do not). */
  datesHaveTimeZone: boolean;
  /** Records per write call. */
  maxWriteBatch: number;
  /**
   * Write calls an export may have in flight at once within the CRM's limits (absent: one
   * after another).
   */
  writesInFlight?: number;
  /** The automatic index's default fields, in the order tried (Salesforce: LastModifiedDate, SystemModstamp). */
  indexFields: readonly string[];
  /** The field telling when a record was created, to find the records of an export cut short. */
  createdField: string | null;
  /** Whether a reject names the CRM's log file of the error (Oracle's `errorLogFilename`). */
  rejectLogFile: boolean;
  /** Whether the connector has bulk jobs (`Connector.bulk`) for large imports and exports. */
  bulkApi: boolean;
}

/**
 * A CRM's bulk jobs (Salesforce Bulk API 2.0), used above a row threshold: one job for many
 * records, processed by the CRM asynchronously.
 */
export interface BulkJobs {
  /** Like `Connector.query`, through a bulk query job; its cursors resume the same job. */
  query(
    query: CrmQuery,
    fields: readonly CrmField[],
    signal?: AbortSignal,
    resume?: string,
  ): AsyncIterable<CrmPage>;
  /** Creates a write job, no record sent yet: its id can be journaled before the upload. */
  openWrite(table: string, mode: WriteMode, externalIdField?: string): Promise<string>;
  /** Uploads the records to an open job, closes it, waits: one result per record, in order. */
  runWrite(
    jobId: string,
    records: readonly RecordRow[],
    signal?: AbortSignal,
  ): Promise<WriteResult[]>;
  /**
   * What a job journaled earlier did with its records, in order: null for a record it did not
   * process (to send again). A job left open is aborted first.
   */
  resumeWrite(
    jobId: string,
    records: readonly RecordRow[],
    signal?: AbortSignal,
  ): Promise<(WriteResult | null)[]>;
}

/**
 * One CRM, as the services see it. Each CRM kind implements it; the wizard, the enumeration
 * sync and the workflow activity are written against this interface only.
 */
export interface Connector {
  readonly capabilities: ConnectorCapabilities;
  /** Present when the CRM has bulk jobs for large reads and writes. */
  readonly bulk?: BulkJobs;
  testConnection(): Promise<ConnectionCheck>;
  listTables(): Promise<CrmTableSummary[]>;
  describeTable(name: string): Promise<CrmTableDescription>;
  /**
   * The records of a query, a page at a time, the CRM's paging followed to the end; from `resume`
   * (a page's `next`) on when given. A cursor the CRM no longer keeps fails with a CrmError of
   * code `EXPIRED_CURSOR`.
   */
  query(
    query: CrmQuery,
    fields: readonly CrmField[],
    signal?: AbortSignal,
    resume?: string,
  ): AsyncIterable<CrmPage>;
  /**
   * How many records a query gives, when the CRM can say so cheaply; null when it will not say
   * (Dataverse counts up to 5,000).
   */
  count?(query: CrmQuery, fields: readonly CrmField[]): Promise<number | null>;
  /**
   * Records deleted between `start` and `end`, both included; refused past the retention. A CRM
   * that tracks changes answers from `cursor` (the last run's) on, and refuses a window its
   * token cannot give.
   */
  deleted(
    table: string,
    start: Date,
    end: Date,
    cursor?: DeletionCursor | null,
  ): Promise<DeletedAnswer>;
  /**
   * Writes records in batches of the CRM's size, one result per record in order. An upsert
   * matches on `externalIdField` (or the record id); a failed record does not stop the others.
   */
  write(
    table: string,
    mode: WriteMode,
    records: readonly RecordRow[],
    externalIdField?: string,
  ): Promise<WriteResult[]>;
  deleteRecords(table: string, ids: readonly string[]): Promise<WriteResult[]>;
  close(): Promise<void>;
}
