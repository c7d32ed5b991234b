import { abortableDelay } from '../../core/abortable-delay';
import pThrottle from 'p-throttle';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import { httpsRequest, type HttpAnswer } from './oracle-http';
import { readEnvelope, type OracleFault, type SoapCall, type XmlNode } from './oracle-soap';

export interface OracleLogin {
  /** `https://secure-ausomxabc.crmondemand.com`: the pod, without a path. */
  serverUrl: string;
  username: string;
  password: string;
  /** How long one call may take before it is given up (default two minutes). */
  callDeadlineMs?: number;
  /**
   * Requests a second the pacer allows (default 19: under Oracle's 20; a request the limiter
   * still refuses, arriving bunched with others, waits the time it names and is sent again).
   */
  requestsPerSecond?: number;
}

/** A record-level or call-level refusal by Oracle, with the fault's details for the rejects. */
export class OracleFaultError extends CrmError {
  constructor(readonly fault: OracleFault) {
    super(
      msg('messages:connectors.oracle.fault', { crmMessage: fault.errorMessage }),
      fault.errorCode,
    );
    this.name = 'OracleFaultError';
  }
}

const rateLimited = /maximum rate of requests was exceeded.*?try again in (\d+)\s*ms/i;
/** How many times a call refused by the limiter is tried again after the wait it names. */
const rateRetries = 5;
const defaultDeadlineMs = 120_000;

/** Whether an answer says the session is gone (expired, logged off, never valid). */
function sessionLost(answer: HttpAnswer, fault: OracleFault | null): boolean {
  if (answer.status === 401 || answer.status === 403) return true;
  return (
    fault !== null && /session/i.test(fault.faultString) && !rateLimited.test(fault.faultString)
  );
}

function cookieOf(answer: HttpAnswer): string | null {
  const set = answer.headers['set-cookie'];
  for (const line of Array.isArray(set) ? set : set ? [set] : []) {
    const m = /^\s*(JSESSIONID=[^;]*)/i.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * A Web Services session: logs in (`command=login`, JSESSIONID cookie), paces its requests under
 * Oracle's per-session rate, logs in again when the session expires mid-run, waits the time the
 * limiter names when it refuses a call, and logs off on close.
 */
export class OracleSession {
  private cookie: string | null = null;
  private readonly paced: <T>(work: () => Promise<T>) => Promise<T>;
  private closed = false;
  /** How many times the session was opened: the first login plus each re-login. */
  logins = 0;
  /** How many calls Oracle's limiter refused (each waited for and sent again). */
  rateRefusals = 0;

  private constructor(private readonly login: OracleLogin) {
    const throttle = pThrottle({
      limit: login.requestsPerSecond ?? 19,
      interval: 1000,
      strict: true,
    });
    this.paced = throttle(<T>(work: () => Promise<T>) => work()) as <T>(
      work: () => Promise<T>,
    ) => Promise<T>;
  }

  static async open(login: OracleLogin): Promise<OracleSession> {
    const session = new OracleSession(login);
    await session.logIn();
    return session;
  }

  get serverUrl(): string {
    return this.login.serverUrl;
  }

  private url(command?: string): URL {
    let base: URL;
    try {
      base = new URL('/Services/Integration', this.login.serverUrl);
    } catch {
      throw new CrmError(
        msg('messages:connectors.oracle.notServerAddress', { url: this.login.serverUrl }),
      );
    }
    if (command) base.searchParams.set('command', command);
    return base;
  }

  private get deadlineMs(): number {
    return this.login.callDeadlineMs ?? defaultDeadlineMs;
  }

  private async logIn(): Promise<void> {
    const answer = await this.paced(() =>
      httpsRequest(this.url('login'), {
        method: 'GET',
        headers: { UserName: this.login.username, Password: this.login.password },
        deadlineMs: this.deadlineMs,
      }),
    );
    const cookie = answer.status === 200 ? cookieOf(answer) : null;
    if (!cookie) {
      const parsed = readEnvelope(answer.body);
      const fault = parsed && 'fault' in parsed ? parsed.fault : null;
      const user = this.login.username;
      throw new CrmError(
        answer.status === 401 || answer.status === 403 || parsed
          ? fault
            ? msg('messages:connectors.oracle.loginRefusedSaid', {
                user,
                crmMessage: fault.faultString,
              })
            : msg('messages:connectors.oracle.loginRefused', { user })
          : msg('messages:connectors.oracle.noSession', {
              url: this.login.serverUrl,
              status: answer.status,
            }),
        fault ? fault.errorCode : null,
      );
    }
    this.cookie = cookie;
    this.logins++;
  }

  /** Posts one SOAP call; the answer's Body, or an OracleFaultError for a fault. */
  async call(soap: SoapCall, signal?: AbortSignal): Promise<XmlNode> {
    if (this.closed) throw new CrmError(msg('messages:connectors.oracle.sessionClosed'));
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const answer = await this.paced(() =>
        httpsRequest(this.url(), {
          method: 'POST',
          headers: {
            'Content-Type': 'text/xml; charset=utf-8',
            SOAPAction: soap.action,
            Cookie: this.cookie ?? '',
          },
          body: soap.body,
          deadlineMs: this.deadlineMs,
          signal,
        }),
      );
      const parsed = readEnvelope(answer.body);
      const fault = parsed && 'fault' in parsed ? parsed.fault : null;
      if (sessionLost(answer, fault) && !relogged) {
        relogged = true;
        await this.logIn();
        continue;
      }
      const limit = fault ? rateLimited.exec(fault.faultString) : null;
      if (limit && attempt < rateRetries) {
        this.rateRefusals++;
        await abortableDelay(Number(limit[1]), signal);
        continue;
      }
      if (fault) throw new OracleFaultError(fault);
      if (!parsed || !('body' in parsed) || answer.status !== 200)
        throw new CrmError(
          msg('messages:connectors.oracle.noEnvelope', {
            url: this.login.serverUrl,
            status: answer.status,
          }),
        );
      return parsed.body;
    }
  }

  /** Logs off, so the session does not count against the company's ten until it expires. */
  async close(): Promise<void> {
    if (this.closed || !this.cookie) return;
    this.closed = true;
    await httpsRequest(this.url('logoff'), {
      method: 'GET',
      headers: { Cookie: this.cookie },
      deadlineMs: this.deadlineMs,
    }).catch(() => {
      // The session expires by itself; a failed logoff loses nothing.
    });
  }
}
