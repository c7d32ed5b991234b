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
 * payload: its message and issues in the window's language when the payload has their keys,
 * the English text otherwise.
 */
export class ConsoleCallError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorPayload['details'];
  /** The text as the main process wrote it, in English. */
  readonly english: string;

  constructor(
    readonly channel: Channel,
    payload: ErrorPayload,
  ) {
    super(payloadText(payload, messageText));
    this.name = 'ConsoleCallError';
    this.code = payload.code;
    this.english = payload.message;
    const issues = payload.details?.issues;
    this.details = issues
      ? {
          ...payload.details,
          issues: issues.map((i) => ({ ...i, message: issueText(i, messageText) })),
        }
      : payload.details;
  }

  /** Field-level problems, as `{path, message}`; empty when the refusal is about the whole call. */
  get issues(): readonly ErrorIssue[] {
    return this.details?.issues ?? [];
  }

  get retryAfterMs(): number | undefined {
    return this.details?.retryAfterMs;
  }
}
