import {
  wordedParams,
  type ConsoleMessageData,
  type MessageKey,
  type MessageParamsData,
} from '../../shared/i18n/message';
import { consoleI18n } from './console-i18n';

/**
 * A message the main process worded as a key with parameters, in the window's language. The
 * key was checked at the boundary to be in the `messages` namespace; the parameters (names, CRM
 * text, counts) are shown as they are, a message among them in the same language.
 */
export function messageText(message: ConsoleMessageData): string {
  return consoleI18n.t(message.key as MessageKey, wordedParams(message.params, messageText));
}

/** A log line or note from the main process: from its key when it has one, else its English text. */
export function wordedText(line: {
  text: string;
  key?: string;
  params?: MessageParamsData;
}): string {
  return line.key ? messageText({ key: line.key, params: line.params ?? {} }) : line.text;
}

/** A reason kept in English next to its message (a run's, an activity's): from the message if any. */
export function reasonText(english: string, message?: ConsoleMessageData | null): string {
  return message ? messageText(message) : english;
}
