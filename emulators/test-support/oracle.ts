import { request } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { SettableClock } from '../../electron/core/clock';
import {
  startOracleEmulator,
  type OracleEmulator,
  type OracleEmulatorOptions,
} from '../oracle/emulator';
import { seedCertificates } from './certificates';
import { testAnchor } from './salesforce';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTPS request trusting the emulator's CA (verification on). */
export function httpsCall(
  url: string,
  ca: string,
  options: { method: string; headers?: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method, headers: options.headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const wsse = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const soapNs = 'http://schemas.xmlsoap.org/soap/envelope/';
const passwordText =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

/** How a test request authenticates: a session id, a stateless UsernameToken, or nothing. */
export type OracleAuth =
  { sessionId: string } | { username: string; password: string } | Record<string, never>;

/** A SOAP request built with xmlbuilder2: `fill` writes the body's input element. */
export function soapEnvelope(
  auth: OracleAuth,
  namespace: string,
  inputName: string,
  fill: (input: XMLBuilder) => void,
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const envelope = doc.ele(soapNs, 'soap:Envelope');
  if ('username' in auth) {
    const token = envelope
      .ele(soapNs, 'soap:Header')
      .ele(wsse, 'wsse:Security')
      .ele(wsse, 'wsse:UsernameToken');
    token.ele(wsse, 'wsse:Username').txt(auth.username);
    token.ele(wsse, 'wsse:Password').att('Type', passwordText).txt(auth.password);
  }
  fill(envelope.ele(soapNs, 'soap:Body').ele(namespace, inputName));
  return doc.end();
}

const repeated = new Set([
  'Contact',
  'Account',
  'Lead',
  'Opportunity',
  'Campaign',
  'User',
  'DeletedItem',
  'ParentPicklistValue',
  'PicklistValue',
  'error',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  // Elements that repeat in Oracle's answers are arrays even when one is there.
  isArray: (name) => repeated.has(name),
});

/** A SOAP answer read back: status, the body's first element as a plain object, a fault's parts. */
export interface SoapAnswer {
  status: number;
  text: string;
  /** The output element (`ContactQueryPage_Output`), or the Fault. */
  output: Record<string, unknown>;
  fault: { faultstring: string; codes: string[]; messages: string[] } | null;
}

export function readSoapAnswer(answer: HttpAnswer): SoapAnswer {
  const parsed = parser.parse(answer.body) as {
    Envelope?: { Body?: Record<string, Record<string, unknown>> };
  };
  const body = parsed.Envelope?.Body ?? {};
  const [name, output] = Object.entries(body)[0] ?? ['', {}];
  let fault: SoapAnswer['fault'] = null;
  if (name === 'Fault') {
    const errors = (
      (output.detail as { siebdetail?: { errorstack?: { error?: Record<string, string>[] } } })
        ?.siebdetail?.errorstack?.error ?? []
    ).map((error) => ({ code: String(error.errorcode), message: String(error.errormsg) }));
    fault = {
      faultstring: String(output.faultstring),
      codes: errors.map((error) => error.code),
      messages: errors.map((error) => error.message),
    };
  }
  return { status: answer.status, text: answer.body, output, fault };
}

export interface OracleFixture {
  ora: OracleEmulator;
  clock: SettableClock;
  endpoint: string;
  /** `command=login`: the JSESSIONID, or the failed answer. */
  login(
    username?: string,
    password?: string,
  ): Promise<{ sessionId: string | null; answer: HttpAnswer }>;
  logoff(sessionId: string): Promise<HttpAnswer>;
  /** A SOAP call; `action` is the SOAPAction without quotes. */
  soap(
    action: string,
    auth: OracleAuth,
    inputName: string,
    fill: (input: XMLBuilder) => void,
  ): Promise<SoapAnswer>;
  /** The stateless credentials. */
  token: { username: string; password: string };
  /**
   * Moves the (settable) clock on this much before each SOAP call, as a client pacing itself
   * under 20 requests a second does; 0 sends at one instant (the rate-limiter tests).
   */
  paceMs: number;
  dispose(): Promise<void>;
}

/** Starts an Oracle emulator on a fresh data folder, its clock at the test anchor. */
export async function openOracle(
  options: Omit<OracleEmulatorOptions, 'dataDir'> = {},
): Promise<OracleFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-oracle-test-'));
  await seedCertificates(dataDir);
  const clock = new SettableClock(testAnchor.getTime());
  const ora = await startOracleEmulator({
    records: 200,
    anchor: testAnchor,
    clock,
    ...options,
    dataDir,
  });
  const endpoint = `${ora.serverUrl}/Services/Integration`;
  const token = { username: ora.credentials.username, password: ora.credentials.password };
  const fixture: OracleFixture = {
    ora,
    clock,
    endpoint,
    token,
    paceMs: 50,
    login: async (username = token.username, password = token.password) => {
      const answer = await httpsCall(`${endpoint}?command=login`, ora.caPem, {
        method: 'GET',
        headers: { UserName: username, Password: password },
      });
      const cookie = [answer.headers['set-cookie'] ?? []].flat().join(';');
      const m = /JSESSIONID=([^;]+)/.exec(cookie);
      return { sessionId: m ? (m[1] as string) : null, answer };
    },
    logoff: (sessionId) =>
      httpsCall(`${endpoint}?command=logoff`, ora.caPem, {
        method: 'GET',
        headers: { Cookie: `JSESSIONID=${sessionId}` },
      }),
    soap: async (action, auth, inputName, fill) => {
      clock.advance(fixture.paceMs);
      const namespace = action.slice(0, action.lastIndexOf(':'));
      const headers: Record<string, string> = {
        'Content-Type': 'text/xml;charset=UTF-8',
        SOAPAction: `"document/${action}"`,
      };
      if ('sessionId' in auth) headers.Cookie = `JSESSIONID=${auth.sessionId}`;
      const answer = await httpsCall(endpoint, ora.caPem, {
        method: 'POST',
        headers,
        body: soapEnvelope(auth, namespace, inputName, fill),
      });
      return readSoapAnswer(answer);
    },
    dispose: async () => {
      await ora.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** A v2.0 `<Object>QueryPage`: `fields` maps each field to its expression ('' to just return it). */
export function queryPageV2Input(
  object: string,
  fields: Readonly<
    Record<string, string | { expr?: string; sortorder?: string; sortsequence?: number }>
  >,
  list: {
    pagesize?: number;
    startrownum?: number;
    recordcountneeded?: boolean;
    searchspec?: string;
    lov?: string;
  } = {},
): (input: XMLBuilder) => void {
  return (input) => {
    if (list.lov) input.ele('LOVLanguageMode').txt(list.lov);
    const listOf = input.ele(`ListOf${object}`);
    if (list.pagesize !== undefined) listOf.att('pagesize', String(list.pagesize));
    if (list.startrownum !== undefined) listOf.att('startrownum', String(list.startrownum));
    if (list.recordcountneeded !== undefined)
      listOf.att('recordcountneeded', String(list.recordcountneeded));
    const record = listOf.ele(object);
    if (list.searchspec !== undefined) record.att('searchspec', list.searchspec);
    for (const [name, spec] of Object.entries(fields)) {
      const element = record.ele(name);
      const {
        expr = '',
        sortorder,
        sortsequence,
      } = typeof spec === 'string' ? { expr: spec } : spec;
      if (sortorder) element.att('sortorder', sortorder);
      if (sortsequence !== undefined) element.att('sortsequence', String(sortsequence));
      if (expr !== '') element.txt(expr);
    }
  };
}

/** The records of a QueryPage answer's `ListOf<Object>`. */
export function recordsOf(answer: SoapAnswer, object: string): Record<string, string>[] {
  const list = answer.output[`ListOf${object}`] as Record<string, unknown> | undefined;
  const records = list?.[object];
  return (Array.isArray(records) ? records : records ? [records] : []) as Record<string, string>[];
}

export function listAttributes(answer: SoapAnswer, object: string): Record<string, string> {
  const list = (answer.output[`ListOf${object}`] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(list)
      .filter(([key]) => key.startsWith('@'))
      .map(([key, value]) => [key.slice(1), String(value)]),
  );
}
