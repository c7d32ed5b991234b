import type { ConsoleBridge } from '../../shared/bridge';
import { contract, type ArgOf, type Channel, type ResultOf } from '../../shared/contract';
import {
  issueMessages,
  issuesFromZod,
  type Envelope,
  type ErrorPayload,
} from '../../shared/errors';
import type { ConsoleEvent } from '../../shared/events';

type Answer<C extends Channel> = ResultOf<C> | { error: ErrorPayload };
/** A promise answers later: a component test can look at the screen while main "works". */
type Handler<C extends Channel> = (arg: ArgOf<C>) => Answer<C> | Promise<Answer<C>>;
export type FakeHandlers = { [C in Channel]?: Handler<C> };

/**
 * A bridge for unit tests: answers from handlers, records calls, emits events on demand. With
 * `checkArgs`, an argument the contract refuses gets main's answer (INVALID_ARGUMENT and its
 * issues) before any handler runs, as the dispatcher does.
 */
export function fakeBridge(handlers: FakeHandlers, { checkArgs = false } = {}) {
  const calls: { channel: Channel; arg: unknown }[] = [];
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const bridge: ConsoleBridge = {
    async invoke(channel, arg): Promise<Envelope<unknown>> {
      calls.push({ channel, arg });
      const parsed = checkArgs ? contract[channel].arg.safeParse(arg) : null;
      if (parsed && !parsed.success) {
        const issues = issuesFromZod(parsed.error);
        return {
          ok: false,
          error: { code: 'INVALID_ARGUMENT', message: issueMessages(issues), details: { issues } },
        };
      }
      const handler = handlers[channel] as ((arg: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No fake for ${channel}` } };
      const result = await handler(arg);
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
