import i18next from 'i18next';
import { z } from 'zod';
import { english } from './catalogues';

// The main process never picks the operator's language (several windows, service mode, logs in
// English): it words a message as a catalogue key with parameters, which the renderer
// translates, and keeps the English text for logs and old readers.

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'many' | 'other'}`
  ? Base
  : K;

/** A key of the `messages` catalogue, namespace included (`messages:session.logOnFirst`). */
export type MessageKey = `messages:${WithoutPlural<Leaves<typeof english.messages>>}`;

/**
 * The values a message's placeholders take: CRM text, names and counts, never translated, or a
 * message of its own (a reason built elsewhere), worded in the same language as its outer one.
 */
export type MessageParams = Record<string, string | number | ConsoleMessage>;

/** A message for the administrator, to be worded in the reader's language. */
export interface ConsoleMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** A message as it crosses a boundary (IPC, a stored log line): the key is checked on display. */
export interface ConsoleMessageData {
  key: string;
  params?: MessageParamsData;
}
export type MessageParamsData = { [name: string]: string | number | ConsoleMessageData };

export const messageKeySchema = z.string().startsWith('messages:');

export const messageParamsSchema: z.ZodType<MessageParamsData> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.number(), consoleMessageSchema])),
);

export const consoleMessageSchema: z.ZodType<ConsoleMessageData> = z.object({
  key: messageKeySchema,
  params: messageParamsSchema.optional(),
});

/** The parameters with the messages among them worded by `word`, ready for interpolation. */
export function wordedParams(
  params: MessageParamsData | undefined,
  word: (message: ConsoleMessageData) => string,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? word(value) : value,
    ]),
  );
}

/** Words a message by key: the key must be a literal, so the key check finds it. */
export function msg(key: MessageKey, params?: MessageParams): ConsoleMessage {
  return params ? { key, params } : { key };
}

const englishI18n = i18next.createInstance();
void englishI18n.init({
  resources: { en: { messages: english.messages } },
  lng: 'en',
  ns: ['messages'],
  defaultNS: 'messages',
  // Messages are plain text, never HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The English text of a message, for logs, service mode and readers that know no keys. */
export function englishText(message: ConsoleMessageData): string {
  return englishI18n.t(message.key as never, wordedParams(message.params, englishText));
}
