import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { msg } from '../../../../shared/i18n/message';
import { CrmError } from '../../crm-error';

/** A 200 answer whose body is read as it arrives (inflated when it came gzipped). */
export interface StreamedAnswer {
  headers: IncomingHttpHeaders;
  body: Readable;
}

/**
 * A GET whose answer body is handed over as a stream, through Node's default HTTPS agent (the
 * one the console's trusted authorities are set on, as for jsforce's calls). Only a 200 is
 * streamed: anything else resolves null, for the caller to ask again through jsforce, which
 * renews an expired session, retries and words the error. A connection silent for `deadlineMs`
 * while the answer is awaited or read is given up.
 */
export function streamedGet(
  url: string,
  accessToken: string,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<StreamedAnswer | null> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      url,
      {
        headers: {
          Authorization: `Bearer ${accessToken}`,
          Accept: 'text/csv',
          'Accept-Encoding': 'gzip',
        },
        ...(signal ? { signal } : {}),
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          resolve(null);
          return;
        }
        const gzipped = /\bgzip\b/i.test(response.headers['content-encoding'] ?? '');
        // pipeline destroys the inflater with the response's error, so a cut body fails.
        const body = gzipped ? pipeline(response, createGunzip(), () => undefined) : response;
        resolve({ headers: response.headers, body });
      },
    );
    request.setTimeout(deadlineMs, () =>
      request.destroy(
        new CrmError(
          msg('messages:connectors.noCompleteAnswer', {
            url: new URL(url).origin,
            seconds: deadlineMs / 1000,
          }),
        ),
      ),
    );
    request.once('error', reject);
  });
}
