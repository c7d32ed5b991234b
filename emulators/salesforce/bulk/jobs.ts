import { recordId } from '../ids';
import { formatDateTime } from '../datetime';
import type { QueryPlan } from '../soql/plan';
import type { CsvDialect } from './csv-dialect';

export type JobState =
  'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
export type IngestOperation = 'insert' | 'update' | 'upsert' | 'delete';

interface JobBase {
  id: string;
  object: string;
  createdById: string;
  createdDate: number;
  systemModstamp: number;
  state: JobState;
  apiVersion: string;
  dialect: CsvDialect;
  numberRecordsProcessed: number;
  totalProcessingTime: number;
  errorMessage?: string;
}

export interface QueryJob extends JobBase {
  kind: 'query';
  operation: 'query' | 'queryAll';
  query: string;
  plan: QueryPlan;
  /** The records selected, in answer order, once the job is complete. */
  refs: Int32Array | null;
}

export interface IngestJob extends JobBase {
  kind: 'ingest';
  operation: IngestOperation;
  externalIdFieldName?: string;
  /** The uploaded CSV, kept until the job runs. */
  upload: Buffer | null;
  header: string[];
  successful: string[][];
  failed: string[][];
  unprocessed: string[][];
  numberRecordsFailed: number;
}

export type BulkJob = QueryJob | IngestJob;

export const finalStates: ReadonlySet<JobState> = new Set(['JobComplete', 'Failed', 'Aborted']);

/** The jobs of one org, by id; query and ingest jobs share the `750` key prefix. */
export class JobStore {
  private readonly jobs = new Map<string, BulkJob>();
  private counter = 0;

  nextId(): string {
    return recordId('750', this.counter++);
  }

  add(job: BulkJob): void {
    this.jobs.set(job.id, job);
  }

  get<K extends BulkJob['kind']>(kind: K, id: string): Extract<BulkJob, { kind: K }> | undefined {
    const job = this.jobs.get(id);
    return job?.kind === kind ? (job as Extract<BulkJob, { kind: K }>) : undefined;
  }

  all<K extends BulkJob['kind']>(kind: K): Extract<BulkJob, { kind: K }>[] {
    return [...this.jobs.values()].filter(
      (job): job is Extract<BulkJob, { kind: K }> => job.kind === kind,
    );
  }

  delete(id: string): void {
    this.jobs.delete(id);
  }
}

/** A job as `GET /jobs/…/{id}` describes it. */
export function jobInfo(job: BulkJob, full: boolean): Record<string, unknown> {
  const common = {
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: job.createdById,
    createdDate: formatDateTime(job.createdDate),
    systemModstamp: formatDateTime(job.systemModstamp),
    state: job.state,
    ...(job.kind === 'ingest' && job.externalIdFieldName
      ? { externalIdFieldName: job.externalIdFieldName }
      : {}),
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: Number(job.apiVersion),
    ...(job.kind === 'ingest' && job.state === 'Open'
      ? { contentUrl: `services/data/v${job.apiVersion}/jobs/ingest/${job.id}/batches` }
      : {}),
    lineEnding: job.dialect.lineEnding,
    columnDelimiter: job.dialect.columnDelimiter,
  };
  if (!full) return common;
  return {
    ...common,
    jobType: job.kind === 'query' ? 'V2Query' : 'V2Ingest',
    numberRecordsProcessed: job.numberRecordsProcessed,
    ...(job.kind === 'ingest' ? { numberRecordsFailed: job.numberRecordsFailed } : {}),
    retries: 0,
    totalProcessingTime: job.totalProcessingTime,
    ...(job.kind === 'ingest'
      ? { apiActiveProcessingTime: job.totalProcessingTime, apexProcessingTime: 0 }
      : { isPkChunkingSupported: job.plan.order.length === 0 }),
    ...(job.errorMessage === undefined ? {} : { errorMessage: job.errorMessage }),
  };
}

/** Read again after each await: a PATCH may abort a job while it runs. */
export const isAborted = (job: BulkJob): boolean => job.state === 'Aborted';
