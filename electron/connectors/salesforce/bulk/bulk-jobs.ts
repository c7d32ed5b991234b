import { abortableDelay } from '../../../core/abortable-delay';
import type { Connection } from 'jsforce';
import { z } from 'zod';
import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { CrmError } from '../../crm-error';
import { bulkCall, type BulkAnswer } from './bulk-http';
import { streamedGet, type StreamedAnswer } from './streamed-get';

/** How the connector makes a call: its deadline, its retries, its errors in words. */
export type CallRunner = <T>(work: () => Promise<T>) => Promise<T>;

export const jobInfoSchema = z.object({
  id: z.string(),
  state: z.enum(['Open', 'UploadComplete', 'InProgress', 'JobComplete', 'Failed', 'Aborted']),
  numberRecordsProcessed: z.number().optional(),
  numberRecordsFailed: z.number().optional(),
  errorMessage: z.string().optional(),
});
export type JobInfo = z.infer<typeof jobInfoSchema>;

const finalStates = new Set<JobInfo['state']>(['JobComplete', 'Failed', 'Aborted']);

/** Polling: soon at first (small jobs end in a moment), then less often, up to 5 s apart. */
const firstPollMs = 50;
const maxPollMs = 5000;

/** Bulk API 2.0 calls of one connection, each through the connector's call runner. */
export class BulkJobClient {
  constructor(
    private readonly conn: Connection,
    private readonly call: CallRunner,
    /** How long a streamed answer may stay silent before it is given up. */
    private readonly deadlineMs: number,
  ) {}

  send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: string,
    contentType?: string,
  ): Promise<BulkAnswer> {
    return this.call(() => bulkCall(this.conn, method, path, body, contentType));
  }

  /**
   * A GET whose body is read as it arrives, on the session's current token; null when the
   * answer is not a 200, for the caller to ask again through `send` (session renewal, retries).
   */
  stream(path: string, signal?: AbortSignal): Promise<StreamedAnswer | null> {
    const url = `${this.conn.instanceUrl}/services/data/v${this.conn.version}/jobs/${path}`;
    return streamedGet(url, this.conn.accessToken ?? '', this.deadlineMs, signal);
  }

  /** Reads a JSON answer against its schema, refusing another shape in words. */
  json<S extends z.ZodType>(answer: BulkAnswer, schema: S, what: ConsoleMessage): z.output<S> {
    let value: unknown;
    try {
      value = JSON.parse(answer.body);
    } catch {
      value = undefined;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new CrmError(msg('messages:connectors.salesforce.unexpectedAnswer', { what }));
    return parsed.data;
  }

  async info(kind: 'query' | 'ingest', id: string): Promise<JobInfo> {
    return this.json(
      await this.send('GET', `${kind}/${id}`),
      jobInfoSchema,
      msg('messages:connectors.call.job', { id }),
    );
  }

  /** Asks for a job's state until it is final. */
  async settle(kind: 'query' | 'ingest', id: string, signal?: AbortSignal): Promise<JobInfo> {
    for (let wait = firstPollMs; ; wait = Math.min(maxPollMs, wait * 2)) {
      signal?.throwIfAborted();
      const info = await this.info(kind, id);
      if (finalStates.has(info.state)) return info;
      await abortableDelay(wait, signal);
    }
  }
}
