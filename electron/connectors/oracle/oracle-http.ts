import https from 'node:https';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';

export interface HttpAnswer {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** Answers above this size are refused: a page of 100 records is far smaller. */
const maxAnswerBytes = 32 * 1024 * 1024;

export interface HttpRequestOptions {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  deadlineMs: number;
  signal?: AbortSignal;
}

/**
 * One HTTPS request through Node's default agent (where the console trusts a private CA), with
 * a deadline for the whole answer and the caller's cancellation. A kept-alive connection the
 * server closed while idle is reset as the request goes out, before the server read it: that
 * request is sent once more on a fresh connection, as Node's documentation advises.
 */
export function httpsRequest(url: URL, options: HttpRequestOptions): Promise<HttpAnswer> {
  return sendOnce(url, options, true);
}

function sendOnce(url: URL, options: HttpRequestOptions, mayResend: boolean): Promise<HttpAnswer> {
  if (url.protocol !== 'https:')
    return Promise.reject(
      new CrmError(msg('messages:connectors.oracle.httpsOnly', { protocol: url.protocol })),
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
            request.destroy(
              new CrmError(
                msg('messages:connectors.answerTooLarge', { url: url.origin, megabytes: 32 }),
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', (error) => reject(unreachable(url, error)));
        response.on('end', () => {
          if (!response.complete) {
            reject(new CrmError(msg('messages:connectors.answerCut', { url: url.origin })));
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
            msg('messages:connectors.noCompleteAnswer', {
              url: url.origin,
              seconds: options.deadlineMs / 1000,
            }),
          ),
        ),
      options.deadlineMs,
    );
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () =>
      request.destroy(
        new CrmError(msg('messages:connectors.stoppedAnswering', { url: url.origin })),
      ),
    );
    request.on('error', (error) => {
      const stale =
        mayResend && request.reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET';
      if (stale) resolve(sendOnce(url, options, false));
      else reject(unreachable(url, error));
    });
    request.end(options.body);
  });
}

function unreachable(url: URL, error: Error): Error {
  if (error instanceof CrmError || error.name === 'AbortError') return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new CrmError(
    code
      ? msg('messages:connectors.oracle.unreachableCode', { url: url.origin, code })
      : msg('messages:connectors.oracle.unreachable', { url: url.origin }),
  );
}
