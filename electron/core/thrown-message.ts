import { consoleMessageSchema, type ConsoleMessage } from '../../shared/i18n/message';
import { describeThrown } from './describe-thrown';

/** The message in `text` of anything thrown, which may be a Proxy or have a getter that throws. */
function carriedMessage(value: unknown): ConsoleMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const carried = consoleMessageSchema.safeParse((value as { text?: unknown }).text);
    // The schema checked the `messages:` prefix; whether the key exists is checked on display.
    return carried.success ? (carried.data as ConsoleMessage) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why something failed, as a message parameter: the catalogue message a thrown error carries
 * (`ConsoleError` and the errors built like it keep theirs in `text`), so the reason is worded
 * in the reader's language; else its text as it is (a script's or a library's own words).
 */
export function thrownReason(value: unknown): ConsoleMessage | string {
  return carriedMessage(value) ?? describeThrown(value);
}
