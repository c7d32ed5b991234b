import type { ErrorCode, ErrorPayload } from '../../shared/errors';

/** A failure meant for the administrator: its message is shown as is, so it never holds secrets. */
export class ConsoleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorPayload['details'],
  ) {
    super(message);
    this.name = 'ConsoleError';
  }

  toPayload(): ErrorPayload {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}
