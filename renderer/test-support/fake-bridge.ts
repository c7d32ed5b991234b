import type { ConsoleBridge } from '../../shared/bridge';
import type { ArgOf, Channel, ResultOf } from '../../shared/contract';
import type { Envelope, ErrorPayload } from '../../shared/errors';
import type { ConsoleEvent } from '../../shared/events';

type Handler<C extends Channel> = (arg: ArgOf<C>) => ResultOf<C> | { error: ErrorPayload };
export type FakeHandlers = { [C in Channel]?: Handler<C> };

/** A bridge for unit tests: answers from handlers, records calls, emits events on demand. */
export function fakeBridge(handlers: FakeHandlers) {
  const calls: { channel: Channel; arg: unknown }[] = [];
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const bridge: ConsoleBridge = {
    async invoke(channel, arg): Promise<Envelope<unknown>> {
      calls.push({ channel, arg });
      const handler = handlers[channel] as ((arg: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No fake for ${channel}` } };
      const result = handler(arg);
      if (typeof result === 'object' && result !== null && 'error' in result)
        return { ok: false, error: (result as { error: ErrorPayload }).error };
      return { ok: true, value: result };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    bridge,
    calls,
    emit: (event: ConsoleEvent) => listeners.forEach((l) => l(event)),
    listenerCount: () => listeners.size,
  };
}

export function recordingNotifier() {
  const messages: string[] = [];
  return {
    messages,
    notify: {
      success: (m: string) => void messages.push(`ok: ${m}`),
      failure: (m: string) => void messages.push(`failed: ${m}`),
    },
  };
}
