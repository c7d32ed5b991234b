import type { Channel } from '../../shared/contract';
import {
  issueText,
  payloadText,
  type ErrorCode,
  type ErrorIssue,
  type ErrorPayload,
} from '../../shared/errors';
import { messageText } from '../i18n/message-text';

/**
 * A refused contract call, rebuilt on this side from the `{code, message, key, details}`
 * payload. Its message and issues are worded each time they are read, in the window's language
 * at that moment when the payload has their keys (the English text otherwise): an error kept on
 * screen follows a change of language.
 */
export class ConsoleCallError extends Error {
  readonly code: ErrorCode;
  /** The text as the main process wrote it, in English. */
  readonly english: string;

  constructor(
    readonly channel: Channel,
    private readonly payload: ErrorPayload,
  ) {
    super(payload.message);
    this.name = 'ConsoleCallError';
    this.code = payload.code;
    this.english = payload.message;
    // `Error` keeps `message` as a plain field: worded on each read instead.
    Object.defineProperty(this, 'message', {
      get: () => payloadText(payload, messageText),
      configurable: true,
    });
  }

  /** The details, their issues worded in the window's language. */
  get details(): ErrorPayload['details'] {
    const { details } = this.payload;
    const issues = details?.issues;
    return issues
      ? { ...details, issues: issues.map((i) => ({ ...i, message: issueText(i, messageText) })) }
      : details;
  }

  /** Field-level problems, as `{path, message}`; empty when the refusal is about the whole call. */
  get issues(): readonly ErrorIssue[] {
    return this.details?.issues ?? [];
  }

  get retryAfterMs(): number | undefined {
    return this.payload.details?.retryAfterMs;
  }
}

/** A failure kept for the screen: a refused call, worded as it is read, or this window's text. */
export type ShownError = ConsoleCallError | string;

export function shownText(error: ShownError): string {
  return typeof error === 'string' ? error : error.message;
}
