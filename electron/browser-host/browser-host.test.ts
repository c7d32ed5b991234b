import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../shared/events';
import { contentSecurityPolicy } from '../wiring/content-security-policy';
import { adminPassword, type TempConsole } from '../test-support/temp-console';
import type { BrowserHost } from './browser-host';
import { openTestHost, type TestHost } from './test-support/test-host';

let t: TempConsole;
let host: BrowserHost;
let rendererDir: string;

let fixture: TestHost;
beforeEach(async () => {
  fixture = await openTestHost();
  ({ t, host, rendererDir } = fixture);
});
afterEach(() => fixture.dispose());

const origin = () => `http://127.0.0.1:${host.port}`;

function invoke(channel: string, arg: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin()}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-console-token': host.token, ...headers },
    body: JSON.stringify({ arg }),
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 and prints an address carrying the token', () => {
    expect(host.url).toBe(`${origin()}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with the console CSP', async () => {
    const res = await fetch(`${origin()}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>console</title>');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${origin()}/../../etc/passwd`)).status).toBe(404);
  });

  it('answers contract calls that carry the token', async () => {
    const res = await invoke('session.status', undefined, { origin: origin() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      value: { setUp: true, instance: { internalName: 'host_test' }, operator: null },
    });
  });

  it('refuses a call without the token, or with a wrong one, with 401', async () => {
    const none = await fetch(`${origin()}/api/invoke/session.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(
      (await invoke('session.status', undefined, { 'x-console-token': 'x'.repeat(32) })).status,
    ).toBe(401);
  });

  it('refuses calls from another origin or site with 403, before running anything', async () => {
    const logOn = { operator: 'admin', password: adminPassword };
    expect((await invoke('session.logOn', logOn, { origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await invoke('session.logOn', logOn, { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect(t.core.session.isLoggedOn()).toBe(false);
  });

  it('refuses a request for another Host name (DNS rebinding) with 403', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'attacker.example' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('refuses bodies that are not JSON of the expected shape', async () => {
    const res = await fetch(`${origin()}/api/invoke/session.status`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-console-token': host.token },
      body: '{}',
    });
    expect(res.status).toBe(415);
    const bad = await fetch(`${origin()}/api/invoke/session.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-console-token': host.token },
      body: '{"arg": 1, "more": 2}',
    });
    expect(bad.status).toBe(400);
  });

  it('serves export files to a client that carries the token, and nothing else', async () => {
    await writeFile(join(rendererDir, 'nmsRecipient-20261120-083000.csv'), 'id\n1\n');
    const url = `${origin()}/api/exports/nmsRecipient-20261120-083000.csv`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(`${url}?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="nmsRecipient-20261120-083000.csv"',
    );
    expect(await res.text()).toBe('id\n1\n');
    expect((await fetch(`${origin()}/api/exports/index.html?token=${host.token}`)).status).toBe(
      404,
    );
    expect(
      (await fetch(`${origin()}/api/exports/..%2Findex.html?token=${host.token}`)).status,
    ).toBe(404);
  });

  it('streams events to a client that carries the token', async () => {
    expect((await fetch(`${origin()}/api/events`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${origin()}/api/events?token=${host.token}`, {
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (!res.body) throw new Error('no event stream body');
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const firstEvent = (async (): Promise<ConsoleEvent> => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value);
        const match = /^data: (.+)$/m.exec(buffer);
        if (match?.[1]) return JSON.parse(match[1]) as ConsoleEvent;
      }
    })();
    // The stream is open once its first comment arrived; then log on and expect the event.
    await invoke('session.logOn', { operator: 'admin', password: adminPassword });
    const event = await firstEvent;
    controller.abort();
    expect(event).toMatchObject({
      type: 'session.changed',
      status: { operator: { name: 'admin' } },
    });
  });
});
