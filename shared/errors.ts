import { z } from 'zod';
import { plainValidationMessage } from './validation-messages';

// Every process that checks data at a boundary loads this module: its refusals read as
// sentences wherever a schema has no message of its own.
z.config({ customError: plainValidationMessage });

/** Every error that crosses the contract carries one of these codes. */
export const errorCodes = [
  'INVALID_ARGUMENT',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'NOT_LOGGED_ON',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'LOGON_FAILED',
  'LOGON_LOCKED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  /** The request no longer fits the current state (a stale version, a run already ended). */
  'CONFLICT',
  'VALIDATION_FAILED',
  'DATABASE_UNAVAILABLE',
  /** The data folder refuses writes (read-only, full, no permission): nothing was changed. */
  'DISK_UNAVAILABLE',
  'CRM_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

export const errorPayloadSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z
    .object({
      issues: z.array(errorIssueSchema).optional(),
      retryAfterMs: z.number().int().nonnegative().optional(),
    })
    .optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/** Electron keeps only `message` of a thrown error, so results travel as an envelope. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** Turns zod issues into the `{path, message}` list shown next to form fields. */
export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Where an issue is, for a person: the line of a list (the last index in its path), if any. */
function lineOf(path: string): string {
  const index = path.split('.').findLast((part) => /^\d+$/.test(part));
  return index === undefined ? '' : `Line ${Number(index) + 1}: `;
}

/**
 * The issues for a person: each message once, with the line of a list it concerns but without
 * the internal path it was found at (no "mapping.1.destination").
 */
export function issueMessages(issues: readonly ErrorIssue[]): string {
  return [...new Set(issues.map((i) => lineOf(i.path) + i.message))].join(' ');
}

/** The issues for a log or a file's diagnosis: each with where it was found. */
export function describeIssues(issues: readonly ErrorIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}
