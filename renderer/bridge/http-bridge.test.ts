import { describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../shared/events';
import { createHttpBridge, expiredMessage, type EventSourceLike } from './http-bridge';

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(answer: (url: string) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const doFetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, init });
    return answer(url);
  };
  return { doFetch, sent };
}

class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setUp(answer: (url: string) => Response | Promise<Response>) {
  const { doFetch, sent } = fakeFetch(answer);
  const sources: FakeEventSource[] = [];
  let expiredCount = 0;
  const bridge = createHttpBridge({
    token: 'tok/en',
    onExpired: () => expiredCount++,
    fetch: doFetch,
    openEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
  });
  return { bridge, sent, sources, expired: () => expiredCount };
}

describe('createHttpBridge', () => {
  it('posts {"arg": …} with the token header and returns the envelope', async () => {
    const { bridge, sent } = setUp(() => json({ ok: true, value: [] }));
    await expect(bridge.invoke('options.delete', { name: 'A' })).resolves.toEqual({
      ok: true,
      value: [],
    });
    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe('/api/invoke/options.delete');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({
      'content-type': 'application/json',
      'x-console-token': 'tok/en',
    });
    expect(init?.body).toBe('{"arg":{"name":"A"}}');
  });

  it('sends an empty body object for a channel without argument', async () => {
    const { bridge, sent } = setUp(() => json({ ok: true, value: null }));
    await bridge.invoke('session.status', undefined);
    expect(sent[0]?.init?.body).toBe('{}');
  });

  it('passes service errors through as envelopes', async () => {
    const error = { code: 'LOGON_FAILED', message: 'Unknown operator or wrong password.' };
    const { bridge } = setUp(() => json({ ok: false, error }));
    await expect(bridge.invoke('session.logOn', { operator: 'a', password: 'b' })).resolves.toEqual(
      { ok: false, error },
    );
  });

  it('marks the address expired on 401 or 403, once, and stops calling', async () => {
    const { bridge, sent, expired } = setUp(() => json({ message: 'no' }, 401));
    const answer = await bridge.invoke('session.status', undefined);
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expiredMessage } });
    await bridge.invoke('session.status', undefined);
    expect(expired()).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('turns other HTTP failures, bad JSON and network errors into INTERNAL envelopes', async () => {
    const answers = [
      () => json({ message: 'bad' }, 400),
      () => new Response('not json', { status: 200 }),
      () => Promise.reject(new TypeError('network')),
    ];
    for (const answer of answers) {
      const { bridge, expired } = setUp(answer);
      const envelope = await bridge.invoke('session.status', undefined);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(expired()).toBe(0);
    }
  });

  it('opens one event stream with the token and hands each JSON event to every listener', () => {
    const { bridge, sources } = setUp(() => json({ ok: true, value: null }));
    const a: ConsoleEvent[] = [];
    const b: ConsoleEvent[] = [];
    const stopA = bridge.onEvent((e) => a.push(e));
    const stopB = bridge.onEvent((e) => b.push(e));
    expect(sources.map((s) => s.url)).toEqual(['/api/events?token=tok%2Fen']);
    const event: ConsoleEvent = {
      type: 'session.changed',
      status: { setUp: true, instance: { internalName: 'x' }, operator: null },
    };
    const source = sources[0] as FakeEventSource;
    source.emit(JSON.stringify(event));
    source.emit('not json');
    source.emit('42');
    expect(a).toEqual([event]);
    expect(b).toEqual([event]);
    stopA();
    expect(source.closed).toBe(false);
    stopB();
    expect(source.closed).toBe(true);
  });

  it('checks the token with one call when the stream is closed for good', async () => {
    const { bridge, sources, sent, expired } = setUp(() => json({ message: 'no' }, 401));
    bridge.onEvent(() => undefined);
    const source = sources[0] as FakeEventSource;
    source.fail(0);
    expect(sent).toHaveLength(0);
    source.fail(2);
    await expect.poll(() => expired()).toBe(1);
    expect(sent.map((s) => s.url)).toEqual(['/api/invoke/session.status']);
  });
});
