import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { rawExchange } from '../test-support/raw-http';
import type { BrowserHost } from './browser-host';
import { openTestHost, type TestHost } from './test-support/test-host';

/** Fixed, so a failure replays; printed by fast-check with the shrunk request. */
const seed = 12_2026;
const numRuns = 400;

let host: BrowserHost;
const logged: string[] = [];

let fixture: TestHost;
beforeAll(async () => {
  fixture = await openTestHost((message) => logged.push(message));
  ({ host } = fixture);
});
afterAll(() => fixture.dispose());

/** Placeholders replaced once the port and token are known. */
const HOST = '{host}';
const TOKEN = '{token}';

/** Mostly the ordinary, sometimes the odd: a request with one odd part reaches deeper code. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: odd, weight: 1 });

/** Characters that break parsers: percent signs, brackets, NUL and other controls, Latin-1. */
const nasty = fc.constantFrom(
  '%',
  '%E0%A4%A',
  '%00',
  '%2F',
  '%ZZ',
  '[',
  ']',
  '\0',
  '\x01',
  '\x7f',
  '\x85',
  '\xff',
  ' ',
  '\t',
  '?',
  '#',
  '/',
  '..',
  '@',
  ':',
  '\\',
  '"',
  'a',
  'é',
);
const nastyText = fc.array(nasty, { maxLength: 12 }).map((parts) => parts.join(''));

const method = mostly(
  fc.constantFrom('GET', 'POST'),
  fc.constantFrom(
    'HEAD',
    'PUT',
    'DELETE',
    'OPTIONS',
    'CONNECT',
    'TRACE',
    'PRI',
    'get',
    'BREW',
    '',
    'G\0ET',
  ),
);

/** Percent escapes and letters: odd paths that still parse. */
const pathText = fc
  .array(
    fc.constantFrom('a', 'Z', '_', '.', '-', '%41', '%2e', '%2F', '%25', '%E2%80%AE', '%ZZ', '%'),
    {
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(''));

const target = fc.oneof(
  { arbitrary: fc.constantFrom(...channels).map((channel) => `/api/invoke/${channel}`), weight: 4 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('/', '/api/', '/api/invoke/', '/api/exports/', '/api/events'),
        pathText,
      )
      .map(([prefix, rest]) => prefix + rest),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('/', '/api/invoke/', '/api/exports/'), nastyText)
      .map(([prefix, rest]) => prefix + rest),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(
      '/',
      '*',
      'http://[',
      'http://[::1',
      `http://${HOST}/api/invoke/session.status`,
      '//evil.example/',
      '/api/invoke/%E0%A4%A',
      '/api/exports/%',
      '/api/exports/..%2F..%2Fetc%2Fpasswd',
      `/api/exports/x-20261120-083000.csv?token=${TOKEN}`,
      `/api/events?token=${TOKEN}`,
      '/api/invoke/__proto__',
      '/api/invoke/constructor',
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`), weight: 1 },
);

const version = mostly(
  fc.constant('HTTP/1.1'),
  fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'http/1.1', ''),
);

const hostHeader = mostly<readonly string[]>(
  fc.constant([`Host: ${HOST}`]),
  fc.constantFrom(
    [],
    ['Host: attacker.example'],
    ['Host:'],
    [`Host: ${HOST}`, `Host: ${HOST}`],
    [`Host: ${HOST}`, 'Host: attacker.example'],
  ),
);
const tokenHeader = mostly<readonly string[]>(
  fc.constant([`X-Console-Token: ${TOKEN}`]),
  fc.constantFrom(
    [],
    ['X-Console-Token: wrong'],
    [`X-Console-Token: ${TOKEN}`, 'X-Console-Token: x'],
  ),
);
const typeHeader = mostly<readonly string[]>(
  fc.constant(['Content-Type: application/json']),
  fc.constantFrom([], ['Content-Type: text/plain'], ['Content-Type: application/json\xff']),
);
const otherHeaders = fc.array(
  mostly(
    fc.oneof(
      fc.constantFrom(
        'Accept: */*',
        'Origin: http://evil.example',
        'Sec-Fetch-Site: cross-site',
        'Sec-Fetch-Site: same-origin',
        'Connection: close',
        'Expect: 100-continue',
        'Accept-Encoding: \xff\xfe',
      ),
      nastyText.map((value) => `X-Note: ${value}`),
    ),
    fc.oneof(
      fc.constantFrom(': no name', 'No-Colon', ' Folded: line'),
      nastyText.map((name) => `X-${name}: value`),
    ),
  ),
  { maxLength: 2 },
);

const body = fc.oneof(
  { arbitrary: fc.json({ maxDepth: 3 }).map((arg) => `{"arg":${arg}}`), weight: 4 },
  fc.constantFrom('', '{}', '{"arg": 1, "x": 2}', '{"arg":'),
  nastyText,
  fc.constant(`{"arg":"${'x'.repeat(1024 * 1024)}"}`),
);
/** How the body is framed: a right Content-Length, or something the parser must refuse. */
const framing = mostly(
  fc.constant('length' as const),
  fc.constantFrom('none', 'short', 'negative', 'huge', 'twice', 'chunked garbage', 'chunked'),
);

const rawRequest = fc.record({
  method,
  target,
  version,
  headers: fc
    .tuple(hostHeader, tokenHeader, typeHeader, otherHeaders)
    .map((groups) => groups.flat()),
  body,
  framing,
  eol: mostly(fc.constant('\r\n'), fc.constant('\n')),
});
type RawRequest = typeof rawRequest extends fc.Arbitrary<infer R> ? R : never;

function framed(request: RawRequest): { headers: string[]; body: string } {
  const length = Buffer.byteLength(request.body, 'latin1');
  const { eol } = request;
  switch (request.framing) {
    case 'length':
      return { headers: [`Content-Length: ${length}`], body: request.body };
    case 'none':
      return { headers: [], body: request.body };
    case 'short':
      return { headers: [`Content-Length: ${length + 10}`], body: request.body };
    case 'negative':
      return { headers: ['Content-Length: -1'], body: request.body };
    case 'huge':
      return { headers: ['Content-Length: 99999999999999999999'], body: request.body };
    case 'twice':
      return { headers: [`Content-Length: ${length}`, 'Content-Length: 0'], body: request.body };
    case 'chunked garbage':
      return { headers: ['Transfer-Encoding: chunked'], body: `zz${eol}${request.body}` };
    case 'chunked':
      return {
        headers: ['Transfer-Encoding: chunked'],
        body: `${length.toString(16)}${eol}${request.body}${eol}0${eol}${eol}`,
      };
  }
}

/** The request's bytes: Latin-1, so that every byte the generator chose goes out as it is. */
function bytesOf(request: RawRequest): Buffer {
  const fill = (text: string) =>
    text.replaceAll(HOST, `127.0.0.1:${host.port}`).replaceAll(TOKEN, host.token);
  const { eol } = request;
  const { headers, body: framedBody } = framed(request);
  const head = [
    `${request.method} ${request.target} ${request.version}`,
    ...request.headers,
    ...headers,
  ]
    .map(fill)
    .join(eol);
  return Buffer.from(`${head}${eol}${eol}${framedBody}`, 'latin1');
}

async function stillServes(): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/invoke/session.status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-console-token': host.token },
    body: '{}',
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, value: { setUp: true } });
}

describe('browser host, fuzzed requests', () => {
  it('answers every request with a status line or a clean close, and goes on serving', async () => {
    await fc.assert(
      fc.asyncProperty(rawRequest, async (request) => {
        const answer = await rawExchange(host.port, bytesOf(request));
        if (answer.status === null) expect(answer.text).toBe('');
        else expect(answer.status).toBeLessThan(500);
        await stillServes();
      }),
      { seed, numRuns },
    );
    expect(logged).toEqual([]);
  });
});
