import { consoleMessageSchema, type ConsoleMessage } from '../../shared/i18n/message';
import { describeThrown } from './describe-thrown';

/**
 * Why something failed, as a parameter of another message: the message a console error carries
 * (`ConsoleError`, `CrmError` and the like keep it in `text`), so it is worded in the reader's
 * language; else the thrown value's own text.
 */
export function thrownReason(value: unknown): ConsoleMessage | string {
  if (typeof value === 'object' && value !== null && 'text' in value) {
    const text = consoleMessageSchema.safeParse(value.text);
    // The key is checked again where it is worded, against the catalogue.
    if (text.success) return value.text as ConsoleMessage;
  }
  return describeThrown(value);
}
