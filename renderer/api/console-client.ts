import { z } from 'zod';
import type { ConsoleBridge } from '../../shared/bridge';
import { channels, type ArgOf, type Channel, type ResultOf } from '../../shared/contract';
import { errorPayloadSchema, type Envelope } from '../../shared/errors';
import { englishText, msg } from '../../shared/i18n/message';
import { ConsoleCallError } from './console-call-error';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type MethodOf<C extends string> = C extends `${string}.${infer M}` ? M : never;

export type Domain = DomainOf<Channel>;

/** Channels whose argument schema is `z.undefined()` get a method whose argument is optional. */
type CallOf<C extends Channel> = [ArgOf<C>] extends [undefined]
  ? (arg?: undefined) => Promise<ResultOf<C>>
  : (arg: ArgOf<C>) => Promise<ResultOf<C>>;

/** `api.options.list()`, `api.session.logOn({...})`: one method per contract channel. */
export type ConsoleApi = {
  [D in Domain]: { [C in Extract<Channel, `${D}.${string}`> as MethodOf<C>]: CallOf<C> };
};

const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

/** Opens an envelope: the value on success, a `ConsoleCallError` thrown otherwise. */
export function unwrapEnvelope(channel: Channel, envelope: Envelope<unknown> | unknown): unknown {
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success) {
    const unreadable = msg('messages:window.unreadableAnswer');
    throw new ConsoleCallError(channel, {
      code: 'INTERNAL',
      message: englishText(unreadable),
      ...unreadable,
    });
  }
  if (parsed.data.ok) return parsed.data.value;
  throw new ConsoleCallError(channel, parsed.data.error);
}

/** Builds the typed client from the contract's channel list, over any bridge. */
export function createConsoleClient(bridge: ConsoleBridge): ConsoleApi {
  const api: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [domain = '', method = ''] = channel.split('.');
    const methods = (api[domain] ??= {});
    methods[method] = async (arg?: unknown) =>
      unwrapEnvelope(channel, await bridge.invoke(channel, arg as ArgOf<typeof channel>));
  }
  // The loop above creates exactly the methods the mapped type names, one per channel.
  return api as unknown as ConsoleApi;
}
