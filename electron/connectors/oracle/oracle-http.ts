import https from 'node:https';
import { CrmError } from '../crm-error';

export interface HttpAnswer {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** Answers above this size are refused: a page of 100 records is far smaller. */
const maxAnswerBytes = 32 * 1024 * 1024;

/**
 * One HTTPS request through Node's default agent (where the console trusts a private CA), with
 * a deadline for the whole answer and the caller's cancellation.
 */
export function httpsRequest(
  url: URL,
  options: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: string;
    deadlineMs: number;
    signal?: AbortSignal;
  },
): Promise<HttpAnswer> {
  if (url.protocol !== 'https:')
    return Promise.reject(
      new CrmError(`The server must be reached over https, not '${url.protocol}'.`),
    );
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: options.method,
        headers: {
          ...options.headers,
          ...(options.body === undefined
            ? {}
            : { 'Content-Length': String(Buffer.byteLength(options.body)) }),
        },
        timeout: options.deadlineMs,
        signal: options.signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxAnswerBytes) {
            request.destroy(new CrmError(`${url.origin} sent an answer larger than 32 MB.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', (error) => reject(unreachable(url, error)));
        response.on('end', () => {
          if (!response.complete) {
            reject(new CrmError(`${url.origin} cut its answer short.`));
            return;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    const deadline = setTimeout(
      () =>
        request.destroy(
          new CrmError(
            `${url.origin} sent no complete answer within ${options.deadlineMs / 1000} seconds.`,
          ),
        ),
      options.deadlineMs,
    );
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(new CrmError(`${url.origin} stopped answering.`)));
    request.on('error', (error) => reject(unreachable(url, error)));
    request.end(options.body);
  });
}

function unreachable(url: URL, error: Error): Error {
  if (error instanceof CrmError || error.name === 'AbortError') return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new CrmError(
    `Oracle On Demand at ${url.origin} cannot be reached${code ? ` (${code})` : ''}.`,
  );
}
