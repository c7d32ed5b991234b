import type { ErrorCode, ErrorPayload } from '../../shared/errors';
import { englishText, type ConsoleMessage } from '../../shared/i18n/message';

/**
 * A failure meant for the administrator, worded as a catalogue message: the renderer shows it
 * in the operator's language, `message` keeps the English text for logs. It never holds secrets.
 */
export class ConsoleError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: ConsoleMessage,
    readonly details?: ErrorPayload['details'],
  ) {
    super(englishText(text));
    this.name = 'ConsoleError';
  }

  toPayload(): ErrorPayload {
    const payload: ErrorPayload = { code: this.code, message: this.message, ...this.text };
    return this.details ? { ...payload, details: this.details } : payload;
  }
}
