import type { Channel } from '../../shared/contract';
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
  return new ConsoleCallError(channel, {
    code: 'INTERNAL',
    message: error instanceof Error ? error.message : 'Something went wrong.',
  });
}

/** Which record a detail form shows: a new one, or an existing one by its internal name. */
export type EditorTarget = { kind: 'new' } | { kind: 'edit'; name: string };
