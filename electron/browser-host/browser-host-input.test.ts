import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../wiring/dispatcher';
import { rawExchange } from '../test-support/raw-http';
import { type TempConsole } from '../test-support/temp-console';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { openTestHost, type TestHost } from './test-support/test-host';

let t: TempConsole;
let host: BrowserHost;
let rendererDir: string;
let logged: string[];

let fixture: TestHost;
beforeEach(async () => {
  logged = [];
  fixture = await openTestHost((message) => logged.push(message));
  ({ t, host, rendererDir } = fixture);
});
afterEach(() => fixture.dispose());

const hostHeader = () => `127.0.0.1:${host.port}`;

/** A normal call still works: the server survived whatever came before. */
async function stillServes(): Promise<void> {
  const res = await fetch(`http://${hostHeader()}/api/invoke/session.status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-console-token': host.token },
    body: '{}',
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, value: { setUp: true } });
}

describe('browser host, malformed requests', () => {
  it('answers 400 to a request target that is not a URL, without a token', async () => {
    const answer = await rawExchange(
      host.port,
      `GET http://[ HTTP/1.1\r\nHost: ${hostHeader()}\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('The request address is not valid.');
    await stillServes();
  });

  it('answers 400 to a channel name that does not decode', async () => {
    const answer = await rawExchange(
      host.port,
      [
        'POST /api/invoke/%E0%A4%A HTTP/1.1',
        `Host: ${hostHeader()}`,
        `X-Console-Token: ${host.token}`,
        'Content-Type: application/json',
        'Content-Length: 2',
        'Connection: close',
        '',
        '{}',
      ].join('\r\n'),
    );
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('The request address is not valid.');
    await stillServes();
  });

  it('answers 404 to an export name that does not decode', async () => {
    const answer = await rawExchange(
      host.port,
      `GET /api/exports/%E0%A4%A?token=${host.token} HTTP/1.1\r\nHost: ${hostHeader()}\r\n\r\n`,
    );
    expect(answer.status).toBe(404);
    await stillServes();
  });

  it('answers 400 to bytes that are not HTTP, and closes the connection', async () => {
    const answer = await rawExchange(host.port, 'HELLO\0WORLD\r\n\r\n');
    expect(answer.status).toBe(400);
    await stillServes();
  });

  it('answers 500 with a fixed message when handling fails, logs it, and goes on', async () => {
    // The real dispatcher never throws; this stand-in does, to reach the host's last resort.
    const throwing = {
      dispatch: () => Promise.reject(new Error('disk says secret=hunter2')),
    } as unknown as Dispatcher;
    const failing = await startBrowserHost({
      dispatcher: throwing,
      events: t.core.events,
      rendererDir,
      exportsDir: rendererDir,
      port: 0,
      log: (message) => logged.push(message),
    });
    try {
      const res = await fetch(`http://127.0.0.1:${failing.port}/api/invoke/session.status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-console-token': failing.token },
        body: '{}',
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        message: 'The console hit an internal error; see its log.',
      });
      expect(text).not.toContain('hunter2');
      expect(logged).toEqual(['A browser-host request failed']);
    } finally {
      await failing.close();
    }
    await stillServes();
  });
});
