import type { Channel } from '../../shared/contract';
import type { ErrorCode, ErrorIssue, ErrorPayload } from '../../shared/errors';

/** A refused contract call, rebuilt on this side from the `{code, message, details}` payload. */
export class ConsoleCallError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorPayload['details'];

  constructor(
    readonly channel: Channel,
    payload: ErrorPayload,
  ) {
    super(payload.message);
    this.name = 'ConsoleCallError';
    this.code = payload.code;
    this.details = payload.details;
  }

  /** Field-level problems, as `{path, message}`; empty when the refusal is about the whole call. */
  get issues(): readonly ErrorIssue[] {
    return this.details?.issues ?? [];
  }

  get retryAfterMs(): number | undefined {
    return this.details?.retryAfterMs;
  }
}

/** Any failure turned into a sentence for a callout. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
