import https from 'node:https';
import { z } from 'zod';
import { setTimeout as delay } from 'node:timers/promises';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import type { CallName } from '../call-name';
import type { DynamicsTokens } from './dynamics-tokens';

export const apiPath = '/api/data/v9.2';

export interface WebApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface WebApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path under the Web API (`contacts?$select=…`) or an absolute link it gave. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal | undefined;
}

/** The Web API's error shape: `{error: {code, message}}`. */
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** Throttled calls are tried again after `Retry-After`, this many times at most. */
const maxThrottleRetries = 3;
/** The longest `Retry-After` waited for; longer ones fail the call with the service's words. */
const maxRetryAfterMs = 60_000;
const defaultCallDeadlineMs = 120_000;

/**
 * HTTPS to the Dataverse Web API through Node's default agent (kept alive, trusting the CAs
 * `trustAuthority` added), with a bearer token: a 401 renews the token once and tries again;
 * a 429 waits the `Retry-After` the service asked for.
 */
export class WebApiClient {
  constructor(
    readonly serverUrl: string,
    private readonly tokens: DynamicsTokens,
    private readonly callDeadlineMs = defaultCallDeadlineMs,
  ) {}

  url(path: string): string {
    return /^https:\/\//i.test(path) ? path : `${this.serverUrl}${apiPath}/${path}`;
  }

  async send(request: WebApiRequest): Promise<WebApiAnswer> {
    let renewed = false;
    let reset = false;
    for (let throttled = 0; ;) {
      const token = renewed ? await this.tokens.renew() : await this.tokens.current();
      let answer: WebApiAnswer;
      try {
        answer = await this.once(request, token);
      } catch (error) {
        // A kept-alive connection the server closed while idle resets the next request sent
        // on it: a read is sent again once, on a new connection.
        if (request.method !== 'GET' || reset || !(error instanceof CrmError)) throw error;
        if (error.crmCode !== 'ECONNRESET' && error.crmCode !== 'EPIPE') throw error;
        reset = true;
        continue;
      }
      if (answer.status === 401 && !renewed) {
        renewed = true;
        continue;
      }
      if (answer.status === 429 && throttled < maxThrottleRetries) {
        const wait = Number(answer.headers['retry-after'] ?? '1') * 1000;
        if (Number.isFinite(wait) && wait <= maxRetryAfterMs) {
          throttled += 1;
          await delay(Math.max(wait, 0), undefined, { signal: request.signal });
          continue;
        }
      }
      return answer;
    }
  }

  /** A call that must succeed: its JSON body, validated. */
  async json<S extends z.ZodType>(request: WebApiRequest, schema: S, what: CallName) {
    const answer = await this.send(request);
    if (answer.status >= 400) throw webApiError(answer, what);
    return parseBody(schema, answer.body, what);
  }

  private once(request: WebApiRequest, token: string): Promise<WebApiAnswer> {
    const url = this.url(request.path);
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method: request.method,
          agent: https.globalAgent,
          signal: request.signal,
          timeout: this.callDeadlineMs,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'OData-Version': '4.0',
            'OData-MaxVersion': '4.0',
            ...(request.body === undefined
              ? {}
              : { 'Content-Type': 'application/json; charset=utf-8' }),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(networkError(error, this.serverUrl)));
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers))
              if (typeof value === 'string') headers[name] = value;
            resolve({
              status: res.statusCode ?? 0,
              headers,
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(
          new CrmError(
            msg('messages:connectors.noCompleteAnswer', {
              url: this.serverUrl,
              seconds: this.callDeadlineMs / 1000,
            }),
          ),
        ),
      );
      req.on('error', (error) => reject(networkError(error, this.serverUrl)));
      req.end(request.body);
    });
  }
}

export function parseBody<S extends z.ZodType>(
  schema: S,
  body: string,
  what: CallName,
): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new CrmError(msg('messages:connectors.dynamics.notJson', { what }));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CrmError(
      msg('messages:connectors.dynamics.unexpectedAnswerAt', {
        what,
        path: issue?.path.join('.') ?? '',
        issue: issue?.message ?? '',
      }),
    );
  }
  return parsed.data;
}

/** The service's own code and message, when it sent them. */
export function errorOf(answer: WebApiAnswer): { code: string; message: string } {
  try {
    const parsed = errorSchema.safeParse(JSON.parse(answer.body));
    if (parsed.success) return parsed.data.error;
  } catch {
    // Not JSON: the status stands for the error.
  }
  return { code: String(answer.status), message: `HTTP ${answer.status}` };
}

export function webApiError(answer: WebApiAnswer, what: CallName): CrmError {
  const { code, message } = errorOf(answer);
  return new CrmError(
    msg('messages:connectors.dynamics.refused', { what, crmMessage: message, code }),
    code,
  );
}

function networkError(error: unknown, url: string): CrmError {
  if (error instanceof CrmError) return error;
  if (error instanceof Error && error.name === 'AbortError')
    return new CrmError(msg('messages:connectors.cancelled'), 'ABORTED');
  const code = (error as { code?: string }).code ?? '';
  const text = error instanceof Error ? error.message : String(error);
  if (/certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${code} ${text}`))
    return new CrmError(
      msg('messages:connectors.untrustedCertificate', { url, reason: text }),
      code || null,
    );
  return new CrmError(msg('messages:connectors.cannotReach', { url, reason: text }), code || null);
}
