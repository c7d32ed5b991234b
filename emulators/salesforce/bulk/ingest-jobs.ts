import { z } from 'zod';
import type { EmulatorRequest, Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { json, noContent } from '../responses';
import { dataRoute } from '../routes/guard';
import {
  csvAnswer,
  dialectOf,
  invalidJob,
  invalidJobState,
  jobNotFound,
  readJobBody,
} from './bulk-responses';
import { columnDelimiters, parseCsv, writeCsv } from './csv-dialect';
import { headerProblem, writeRows } from './ingest-rows';
import { finalStates, isAborted, jobInfo, type IngestJob, type JobStore } from './jobs';
import type { BulkProcessor } from './processor';

/** Rows Salesforce processes as one internal batch; an abort takes effect between them. */
export const internalBatchSize = 10_000;

const delimiterNames = Object.keys(columnDelimiters) as [string, ...string[]];
const createIngestJob = z.object({
  object: z.string().min(1),
  operation: z.enum(['insert', 'update', 'upsert', 'delete']),
  externalIdFieldName: z.string().min(1).optional(),
  columnDelimiter: z.enum(delimiterNames).optional(),
  lineEnding: z.enum(['LF', 'CRLF']).optional(),
  contentType: z.literal('CSV').optional(),
  assignmentRuleId: z.string().optional(),
});
const stateChange = z.object({ state: z.enum(['UploadComplete', 'Aborted']) });

/** The service's answer to data whose line ending is not the job's. */
function lineEndingProblem(text: string, job: IngestJob): string | null {
  const crlf = text.includes('\r\n');
  const wrong = job.dialect.lineEnding === 'LF' ? crlf : !crlf && text.includes('\n');
  return wrong
    ? `ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is ${job.dialect.lineEnding}`
    : null;
}

/** The rows of an upload not yet processed (none when it cannot be read as CSV). */
function uploadedRows(job: IngestJob): string[][] {
  if (!job.upload) return [];
  try {
    return parseCsv(job.upload.toString('utf8'), job.dialect);
  } catch {
    return [];
  }
}

/** `/jobs/ingest`: create a job, upload its CSV, close or abort it, and read its results. */
export function ingestJobRoutes(
  ctx: SalesforceContext,
  jobs: JobStore,
  processor: BulkProcessor,
): Route[] {
  function fail(job: IngestJob, message: string, rows: string[][]): void {
    job.state = 'Failed';
    job.errorMessage = message;
    job.unprocessed = rows;
    job.systemModstamp = ctx.now();
  }

  async function run(job: IngestJob): Promise<void> {
    if (job.state !== 'UploadComplete') return;
    const started = processor.now();
    job.state = 'InProgress';
    job.systemModstamp = ctx.now();
    const text = (job.upload ?? Buffer.alloc(0)).toString('utf8');
    job.upload = null;
    let table: string[][];
    try {
      const problem = lineEndingProblem(text, job);
      if (problem) return fail(job, problem, []);
      table = parseCsv(text, job.dialect);
    } catch (error) {
      return fail(job, `InvalidBatch : Failed to parse CSV: ${(error as Error).message}`, []);
    }
    const [header = [], ...rows] = table;
    job.header = header;
    const problem = headerProblem(ctx.org, job, header);
    if (problem) return fail(job, problem, rows);
    for (let start = 0; start < rows.length; start += internalBatchSize) {
      const batch = rows.slice(start, start + internalBatchSize);
      await processor.pause(batch.length);
      if (isAborted(job)) {
        job.unprocessed = rows.slice(start);
        return;
      }
      writeRows(ctx.org, job, batch, ctx.now());
    }
    job.totalProcessingTime = Math.round(processor.now() - started);
    job.state = 'JobComplete';
    job.systemModstamp = ctx.now();
  }

  function found(req: EmulatorRequest): IngestJob | null {
    return jobs.get('ingest', req.params.id ?? '') ?? null;
  }

  /** A results file: its header (the service's columns, then the uploaded ones) and rows. */
  function results(req: EmulatorRequest, job: IngestJob, columns: string[], rows: string[][]) {
    const header = [...columns, ...job.header];
    if (job.header.length === 0 && rows.length === 0) return csvAnswer(req, '');
    return csvAnswer(req, writeCsv([header, ...rows], job.dialect));
  }

  return [
    dataRoute(ctx, 'bulkIngestCreate', 'POST', '/jobs/ingest', (req, { version, session }) => {
      const body = readJobBody(req, createIngestJob);
      if (!body.ok) return body.response;
      const store = ctx.org.store(body.value.object);
      if (!store) return invalidJob(`InvalidJob : Unable to find object: ${body.value.object}`);
      const { operation, externalIdFieldName } = body.value;
      if (operation === 'upsert') {
        if (!externalIdFieldName)
          return invalidJob(
            `InvalidJob : External ID was blank for ${store.name}. An External ID must be specified for upsert.`,
          );
        const key = store.field(externalIdFieldName);
        if (!key || !(key.externalId || key.type === 'id'))
          return invalidJob(
            `InvalidJob : Field name provided, ${externalIdFieldName} is not an External ID or indexed field for ${store.name}`,
          );
      }
      const now = ctx.now();
      const job: IngestJob = {
        kind: 'ingest',
        id: jobs.nextId(),
        operation,
        object: store.name,
        ...(operation === 'upsert' && externalIdFieldName
          ? { externalIdFieldName: store.field(externalIdFieldName)?.name ?? externalIdFieldName }
          : {}),
        upload: null,
        header: [],
        successful: [],
        failed: [],
        unprocessed: [],
        numberRecordsFailed: 0,
        createdById: session.userId,
        createdDate: now,
        systemModstamp: now,
        state: 'Open',
        apiVersion: version,
        dialect: dialectOf(body.value),
        numberRecordsProcessed: 0,
        totalProcessingTime: 0,
      };
      jobs.add(job);
      return json(200, jobInfo(job, false));
    }),
    dataRoute(ctx, 'bulkIngestList', 'GET', '/jobs/ingest', () =>
      json(200, {
        done: true,
        records: jobs.all('ingest').map((job) => jobInfo(job, false)),
        nextRecordsUrl: null,
      }),
    ),
    dataRoute(ctx, 'bulkIngestUpload', 'PUT', '/jobs/ingest/:id/batches', (req) => {
      const job = found(req);
      if (!job) return jobNotFound();
      if (job.state !== 'Open')
        return invalidJobState(
          `Job ${job.id} is not Open (it is ${job.state}): data cannot be uploaded`,
        );
      if (job.upload !== null)
        return invalidJobState(
          `Found multiple contents for job: <${job.id}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure the content is uploaded only once.`,
        );
      job.upload = req.body;
      return { status: 201 };
    }),
    dataRoute(ctx, 'bulkIngestState', 'PATCH', '/jobs/ingest/:id', (req) => {
      const job = found(req);
      if (!job) return jobNotFound();
      const body = readJobBody(req, stateChange);
      if (!body.ok) return body.response;
      if (body.value.state === 'UploadComplete') {
        if (job.state !== 'Open')
          return invalidJobState(`Job ${job.id} is ${job.state}: only an Open job can be closed`);
        job.state = 'UploadComplete';
        job.systemModstamp = ctx.now();
        processor.submit(() => run(job));
      } else {
        if (finalStates.has(job.state))
          return invalidJobState(`Job ${job.id} is ${job.state} and cannot be aborted`);
        if (job.state === 'Open' || job.state === 'UploadComplete') {
          const [header = [], ...rows] = uploadedRows(job);
          job.header = header;
          job.unprocessed = rows;
          job.upload = null;
        }
        job.state = 'Aborted';
        job.systemModstamp = ctx.now();
      }
      return json(200, jobInfo(job, false));
    }),
    dataRoute(ctx, 'bulkIngestInfo', 'GET', '/jobs/ingest/:id', (req) => {
      const job = found(req);
      return job ? json(200, jobInfo(job, true)) : jobNotFound();
    }),
    dataRoute(ctx, 'bulkIngestDelete', 'DELETE', '/jobs/ingest/:id', (req) => {
      const job = found(req);
      if (!job) return jobNotFound();
      if (job.state === 'UploadComplete' || job.state === 'InProgress')
        return invalidJobState(`Job ${job.id} is ${job.state}: abort it before deleting it`);
      jobs.delete(job.id);
      return noContent();
    }),
    dataRoute(ctx, 'bulkIngestSuccessful', 'GET', '/jobs/ingest/:id/successfulResults', (req) => {
      const job = found(req);
      return job ? results(req, job, ['sf__Id', 'sf__Created'], job.successful) : jobNotFound();
    }),
    dataRoute(ctx, 'bulkIngestFailed', 'GET', '/jobs/ingest/:id/failedResults', (req) => {
      const job = found(req);
      return job ? results(req, job, ['sf__Id', 'sf__Error'], job.failed) : jobNotFound();
    }),
    dataRoute(ctx, 'bulkIngestUnprocessed', 'GET', '/jobs/ingest/:id/unprocessedrecords', (req) => {
      const job = found(req);
      return job ? results(req, job, [], job.unprocessed) : jobNotFound();
    }),
  ];
}
