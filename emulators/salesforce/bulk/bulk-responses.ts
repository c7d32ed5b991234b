import { gzipSync } from 'node:zlib';
import { header, type EmulatorRequest, type EmulatorResponse } from '../../framework/http-types';
import { apiError, parseJsonBody } from '../responses';
import type { z } from 'zod';
import type { columnDelimiters } from './csv-dialect';
import { type CsvDialect } from './csv-dialect';

/**
 * A CSV answer, gzipped when the client accepts it (as Bulk API 2.0 does for query results). A
 * results file is ready when the job completes: its download costs no server time per record
 * (the job's processing did), only the round trip and the transfer.
 */
export function csvAnswer(
  req: EmulatorRequest,
  text: string,
  headers: Record<string, string> = {},
): EmulatorResponse {
  const gzip = /\bgzip\b/i.test(header(req, 'accept-encoding') ?? '');
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/csv',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    },
    body: gzip ? gzipSync(text) : text,
  };
}

/** Bulk API 2.0 names a malformed job request INVALIDJOB. */
export const invalidJob = (message: string) => apiError(400, 'INVALIDJOB', message);

export const jobNotFound = () =>
  apiError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const invalidJobState = (message: string) => apiError(409, 'INVALIDJOBSTATE', message);

/** Reads a job request's JSON body against its schema, or answers as the service does. */
export function readJobBody<S extends z.ZodType>(
  req: EmulatorRequest,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; response: EmulatorResponse } {
  const parsed = parseJsonBody(req.body);
  if (!parsed.ok) return parsed;
  const body = schema.safeParse(parsed.value);
  if (body.success) return { ok: true, value: body.data };
  const issue = body.error.issues[0];
  return {
    ok: false,
    response: invalidJob(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid value'}`),
  };
}

/** The dialect a job asked for, COMMA and LF by default. */
export function dialectOf(body: { columnDelimiter?: string; lineEnding?: string }): CsvDialect {
  return {
    columnDelimiter: (body.columnDelimiter ?? 'COMMA') as keyof typeof columnDelimiters,
    lineEnding: body.lineEnding === 'CRLF' ? 'CRLF' : 'LF',
  };
}
