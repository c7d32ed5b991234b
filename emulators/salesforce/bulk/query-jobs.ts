import { z } from 'zod';
import type { EmulatorRequest, Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { apiError, json, noContent } from '../responses';
import type { FieldValue } from '../schema/field-spec';
import { SoqlError } from '../soql/errors';
import { runQuery } from '../soql/executor';
import { planQuery, type QueryPlan } from '../soql/plan';
import { dataRoute } from '../routes/guard';
import {
  csvAnswer,
  dialectOf,
  invalidJob,
  invalidJobState,
  jobNotFound,
  readJobBody,
} from './bulk-responses';
import { columnDelimiters, writeCsv } from './csv-dialect';
import { finalStates, isAborted, jobInfo, type JobStore, type QueryJob } from './jobs';
import type { BulkProcessor } from './processor';

/** Records per chunk: Bulk API 2.0 splits a query on the primary key by itself (PK chunking). */
export const pkChunkSize = 250_000;
/** Records per results page when the client names no `maxRecords`. */
export const defaultMaxRecords = 50_000;
/** Result URLs per `resultPages` answer. */
const resultUrlsPerAnswer = 5;

const delimiterNames = Object.keys(columnDelimiters) as [string, ...string[]];
const createQueryJob = z.object({
  operation: z.enum(['query', 'queryAll']),
  query: z.string().min(1),
  columnDelimiter: z.enum(delimiterNames).optional(),
  lineEnding: z.enum(['LF', 'CRLF']).optional(),
  contentType: z.literal('CSV').optional(),
});

/** A locator is the offset of a page, base64 without padding, as Salesforce's look. */
const locatorOf = (offset: number) => Buffer.from(String(offset)).toString('base64url');
function offsetOf(locator: string): number | null {
  const text = Buffer.from(locator, 'base64url').toString('utf8');
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** A value as Bulk API 2.0 writes it in CSV: ISO datetimes in UTC, null as an empty field. */
function csvValue(type: string, value: FieldValue): string {
  if (value === null) return '';
  if (type === 'datetime') return new Date(Number(value)).toISOString();
  return String(value);
}

/** What Bulk API 2.0 refuses in a query that REST accepts. */
function unsupported(plan: QueryPlan): string | null {
  if (plan.fields === null) return 'Aggregate queries are not supported by Bulk API 2.0: COUNT()';
  if (plan.offset > 0) return 'OFFSET is not supported by Bulk API 2.0';
  const compound = plan.fields.find(
    (f) => f.field.type === 'address' || f.field.type === 'location',
  );
  return compound
    ? `Compound fields are not supported by Bulk API 2.0: ${compound.field.name}`
    : null;
}

/** `/jobs/query`: create, follow, abort and delete query jobs, and read their CSV results. */
export function queryJobRoutes(
  ctx: SalesforceContext,
  jobs: JobStore,
  processor: BulkProcessor,
): Route[] {
  async function run(job: QueryJob): Promise<void> {
    if (job.state !== 'UploadComplete') return;
    const started = processor.now();
    job.state = 'InProgress';
    job.systemModstamp = ctx.now();
    const { refs } = runQuery(job.plan, job.operation === 'queryAll');
    let done = 0;
    do {
      const chunk = Math.min(pkChunkSize, refs.length - done);
      await processor.pause(chunk);
      if (isAborted(job)) return;
      done += chunk;
      job.numberRecordsProcessed = done;
    } while (done < refs.length);
    job.refs = refs;
    job.totalProcessingTime = Math.round(processor.now() - started);
    job.state = 'JobComplete';
    job.systemModstamp = ctx.now();
  }

  function found(req: EmulatorRequest, version: string): QueryJob | null {
    const job = jobs.get('query', req.params.id ?? '');
    return job && job.apiVersion === version ? job : null;
  }

  function resultsPage(req: EmulatorRequest, job: QueryJob) {
    const refs = job.refs as Int32Array;
    const offset = offsetOf(req.url.searchParams.get('locator') ?? locatorOf(0));
    if (offset === null || offset > refs.length)
      return apiError(400, 'INVALIDLOCATOR', 'Invalid locator');
    const asked = Number(req.url.searchParams.get('maxRecords') ?? defaultMaxRecords);
    if (!Number.isInteger(asked) || asked <= 0)
      return apiError(400, 'INVALIDMAXRECORDS', 'maxRecords must be a positive integer');
    const end = Math.min(refs.length, offset + asked);
    const fields = job.plan.fields ?? [];
    const reader = job.plan.store.reader();
    const rows: string[][] = [fields.map((f) => f.outputPath.join('.'))];
    for (let i = offset; i < end; i++) {
      reader.at(refs[i] as number);
      rows.push(fields.map((f) => csvValue(f.field.type, f.read(reader))));
    }
    return csvAnswer(req, writeCsv(rows, job.dialect), {
      'Sforce-Locator': end < refs.length ? locatorOf(end) : 'null',
      'Sforce-NumberOfRecords': String(end - offset),
    });
  }

  return [
    dataRoute(ctx, 'bulkQueryCreate', 'POST', '/jobs/query', (req, { version, session }) => {
      const body = readJobBody(req, createQueryJob);
      if (!body.ok) return body.response;
      let plan: QueryPlan;
      try {
        plan = planQuery(body.value.query, ctx.org, ctx.now());
      } catch (error) {
        if (error instanceof SoqlError) return apiError(400, error.errorCode, error.message);
        throw error;
      }
      const refused = unsupported(plan);
      if (refused) return invalidJob(refused);
      const now = ctx.now();
      const job: QueryJob = {
        kind: 'query',
        id: jobs.nextId(),
        operation: body.value.operation,
        object: plan.store.name,
        query: body.value.query,
        plan,
        refs: null,
        createdById: session.userId,
        createdDate: now,
        systemModstamp: now,
        state: 'UploadComplete',
        apiVersion: version,
        dialect: dialectOf(body.value),
        numberRecordsProcessed: 0,
        totalProcessingTime: 0,
      };
      jobs.add(job);
      processor.submit(() => run(job));
      return json(200, jobInfo(job, false));
    }),
    dataRoute(ctx, 'bulkQueryList', 'GET', '/jobs/query', () =>
      json(200, {
        done: true,
        records: jobs.all('query').map((job) => jobInfo(job, false)),
        nextRecordsUrl: null,
      }),
    ),
    dataRoute(ctx, 'bulkQueryInfo', 'GET', '/jobs/query/:id', (req, { version }) => {
      const job = found(req, version);
      return job ? json(200, jobInfo(job, true)) : jobNotFound();
    }),
    dataRoute(ctx, 'bulkQueryAbort', 'PATCH', '/jobs/query/:id', (req, { version }) => {
      const job = found(req, version);
      if (!job) return jobNotFound();
      const body = readJobBody(req, z.object({ state: z.literal('Aborted') }));
      if (!body.ok) return body.response;
      if (finalStates.has(job.state))
        return invalidJobState(`Job is in state ${job.state} and cannot be aborted`);
      job.state = 'Aborted';
      job.systemModstamp = ctx.now();
      return json(200, jobInfo(job, false));
    }),
    dataRoute(ctx, 'bulkQueryDelete', 'DELETE', '/jobs/query/:id', (req, { version }) => {
      const job = found(req, version);
      if (!job) return jobNotFound();
      if (!finalStates.has(job.state))
        return invalidJobState(`Job is in state ${job.state}: abort it before deleting it`);
      jobs.delete(job.id);
      return noContent();
    }),
    dataRoute(ctx, 'bulkQueryResults', 'GET', '/jobs/query/:id/results', (req, { version }) => {
      const job = found(req, version);
      if (!job) return jobNotFound();
      if (job.state !== 'JobComplete' || !job.refs)
        return apiError(
          412,
          'PRECONDITION_FAILED',
          `Job is in state ${job.state}: results are ready once it is JobComplete`,
        );
      return resultsPage(req, job);
    }),
    dataRoute(
      ctx,
      'bulkQueryResultPages',
      'GET',
      '/jobs/query/:id/resultPages',
      (req, { version }) => {
        const job = found(req, version);
        if (!job) return jobNotFound();
        if (job.state !== 'JobComplete' || !job.refs)
          return apiError(
            412,
            'PRECONDITION_FAILED',
            `Job is in state ${job.state}: results are ready once it is JobComplete`,
          );
        const size = job.refs.length;
        const from = offsetOf(req.url.searchParams.get('locator') ?? locatorOf(0)) ?? 0;
        const base = `/services/data/v${version}/jobs/query/${job.id}`;
        const pages: { resultUrl: string }[] = [];
        let offset = from;
        for (
          let n = 0;
          n < resultUrlsPerAnswer && (offset < size || (size === 0 && n === 0));
          n++
        ) {
          pages.push({
            resultUrl: `${base}/results?locator=${locatorOf(offset)}&maxRecords=${defaultMaxRecords}`,
          });
          offset += defaultMaxRecords;
        }
        const done = offset >= size;
        return json(200, {
          resultPages: pages,
          nextRecordsUrl: done ? null : `${base}/resultPages?locator=${locatorOf(offset)}`,
          done,
        });
      },
    ),
  ];
}
