import type { Channel } from '../../shared/contract';
import { englishText, msg } from '../../shared/i18n/message';
import { ConsoleCallError } from '../api/console-call-error';
import type { ConsoleApi } from '../api/console-client';

/** Toasts, injected so stores stay testable without a DOM. */
export interface Notifier {
  success(message: string): void;
  failure(message: string): void;
}

export interface StoreDeps {
  api: ConsoleApi;
  notify: Notifier;
}

/** Every failure of a store action as a `ConsoleCallError`, whatever threw it. */
export function asCallError(channel: Channel, error: unknown): ConsoleCallError {
  if (error instanceof ConsoleCallError) return error;
  // This window's own errors are worded already; anything else thrown gets a sentence.
  if (error instanceof Error)
    return new ConsoleCallError(channel, { code: 'INTERNAL', message: error.message });
  const unexpected = msg('messages:window.unexpected');
  return new ConsoleCallError(channel, {
    code: 'INTERNAL',
    message: englishText(unexpected),
    ...unexpected,
  });
}

/** Which record a detail form shows: a new one, or an existing one by its internal name. */
export type EditorTarget = { kind: 'new' } | { kind: 'edit'; name: string };
