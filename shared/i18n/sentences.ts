import { msg, type ConsoleMessage } from './message';

/**
 * Several problems read one after the other, as one parameter: each message worded in the
 * reader's language, the sentences joined by a space (the English text is unchanged). A text is
 * a CRM's or a module's own words, passed on as they are.
 */
export function sentences(problems: readonly (string | ConsoleMessage)[]): string | ConsoleMessage {
  const [first, ...rest] = problems;
  if (first === undefined) return '';
  return rest.length === 0
    ? first
    : msg('messages:sentences.then', { first, then: sentences(rest) });
}
