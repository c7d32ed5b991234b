import type { Org } from '../data/org';
import { runWriteBatch, type WriteOperation, type WriteResult } from '../writes/write-batch';
import type { SaveError } from '../writes/save-error';
import { nullMarker } from './csv-dialect';
import type { IngestJob } from './jobs';

/** Records per write call inside a job: the same batches, checks and texts as REST's writes. */
const writeBatchSize = 200;

/** A failed row's `sf__Error`: `CODE:message:fields --`, as Salesforce writes it. */
export function sfError(errors: readonly SaveError[]): string {
  return errors.map((e) => `${e.statusCode}:${e.message}:${e.fields.join(',')} --`).join(' ');
}

/** A CSV row as a record body: an empty field is left unset, `#N/A` sets null. */
function bodyOf(header: readonly string[], row: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const value = row[i] ?? '';
    if (value === nullMarker) body[name] = null;
    else if (value !== '') body[name] = value;
  });
  return body;
}

function operationOf(job: IngestJob, body: Record<string, unknown>): WriteOperation {
  switch (job.operation) {
    case 'insert':
      return { kind: 'create', objectName: job.object, body };
    case 'update':
      return { kind: 'update', objectName: job.object, body };
    case 'upsert':
      return {
        kind: 'upsert',
        objectName: job.object,
        externalIdField: job.externalIdFieldName ?? 'Id',
        body,
      };
    case 'delete': {
      const id = Object.entries(body).find(([name]) => name.toLowerCase() === 'id')?.[1];
      return { kind: 'delete', id: typeof id === 'string' ? id : '' };
    }
  }
}

/** Why a header cannot be loaded, in the service's words, or null. */
export function headerProblem(org: Org, job: IngestJob, header: readonly string[]): string | null {
  const store = org.store(job.object);
  if (!store) return `InvalidBatch : Unable to find object: ${job.object}`;
  const unknown = header.find((name) => !store.field(name));
  if (unknown !== undefined) return `InvalidBatch : Field name not found : ${unknown}`;
  const lower = header.map((name) => name.toLowerCase());
  const key =
    job.operation === 'upsert'
      ? (job.externalIdFieldName ?? 'Id')
      : job.operation === 'insert'
        ? null
        : 'Id';
  if (key !== null && !lower.includes(key.toLowerCase()))
    return `InvalidBatch : Field name not found : ${key}`;
  return null;
}

/** Writes rows through the org's write path and files each one under success or failure. */
export function writeRows(org: Org, job: IngestJob, rows: readonly string[][], now: number): void {
  for (let start = 0; start < rows.length; start += writeBatchSize) {
    const slice = rows.slice(start, start + writeBatchSize);
    const results: WriteResult[] = runWriteBatch(
      org,
      slice.map((row) => operationOf(job, bodyOf(job.header, row))),
      { allOrNone: false, userId: job.createdById, now },
    );
    results.forEach((result, i) => {
      const row = slice[i] as string[];
      if (result.success)
        job.successful.push([
          result.id,
          String(result.created ?? job.operation === 'insert'),
          ...row,
        ]);
      else {
        job.failed.push([result.id ?? '', sfError(result.errors), ...row]);
        job.numberRecordsFailed += 1;
      }
    });
    job.numberRecordsProcessed += slice.length;
  }
}
