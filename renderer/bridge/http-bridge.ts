import type { ConsoleBridge } from '../../shared/bridge';
import type { Envelope } from '../../shared/errors';
import type { ConsoleEvent } from '../../shared/events';

/** The part of `EventSource` the bridge uses, so tests can hand in a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface HttpBridgeOptions {
  token: string;
  /** Called once the host answers 401/403: the address (its token) is no longer valid. */
  onExpired: () => void;
  fetch?: typeof fetch;
  openEventSource?: (url: string) => EventSourceLike;
}

const closedState = 2;

export const expiredMessage =
  'This console address is no longer valid. Start the console again and open the address it prints.';

const failure = (message: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

function isConsoleEvent(value: unknown): value is ConsoleEvent {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string'
  );
}

/**
 * The browser host's stand-in for the preload: the same `ConsoleBridge`, carried over
 * `POST /api/invoke/<channel>` and a Server-Sent Events stream.
 */
export function createHttpBridge(options: HttpBridgeOptions): ConsoleBridge {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const openEventSource = options.openEventSource ?? ((url) => new EventSource(url));
  const listeners = new Set<(event: ConsoleEvent) => void>();
  let source: EventSourceLike | null = null;
  let expired = false;

  const expire = () => {
    if (expired) return;
    expired = true;
    source?.close();
    source = null;
    options.onExpired();
  };

  const invoke: ConsoleBridge['invoke'] = async (channel, arg) => {
    if (expired) return { ok: false, error: { code: 'FORBIDDEN', message: expiredMessage } };
    let response: Response;
    try {
      response = await doFetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-console-token': options.token },
        body: JSON.stringify({ arg }),
      });
    } catch {
      return failure('The console cannot be reached. Check that it is still running.');
    }
    if (response.status === 401 || response.status === 403) {
      expire();
      return { ok: false, error: { code: 'FORBIDDEN', message: expiredMessage } };
    }
    if (response.status !== 200)
      return failure(`The console refused the request (HTTP ${response.status}).`);
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return failure('The console sent an answer this window cannot read.');
    }
  };

  const openStream = () => {
    const stream = openEventSource(`/api/events?token=${encodeURIComponent(options.token)}`);
    stream.onmessage = (message) => {
      let event: unknown;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (isConsoleEvent(event)) for (const listener of [...listeners]) listener(event);
    };
    // EventSource hides the status: a closed stream is either a refused token or a stopped
    // host, and one status call tells which (a 401 there marks the address expired).
    stream.onerror = () => {
      if (stream.readyState === closedState) void invoke('session.status', undefined);
    };
    return stream;
  };

  return {
    invoke,
    onEvent(listener) {
      listeners.add(listener);
      if (!source && !expired) source = openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
