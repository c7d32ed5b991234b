import { z } from 'zod';
import {
  englishText,
  messageParamsSchema,
  msg,
  type ConsoleMessage,
  type ConsoleMessageData,
} from './i18n/message';
import {
  plainValidationMessage,
  plainValidationText,
  schemaMessageOf,
} from './validation-messages';

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

/**
 * `message` is the English text; `key` and `params`, when there, word it from the `messages`
 * catalogue in the reader's language.
 */
const messageKeyFields = {
  key: z.string().startsWith('messages:').optional(),
  params: messageParamsSchema.optional(),
};

export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  ...messageKeyFields,
});
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

export const errorPayloadSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  ...messageKeyFields,
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

/** An issue worded as a catalogue message, with its English text. */
export function issueOf(path: string, message: ConsoleMessage): ErrorIssue {
  return { path, message: englishText(message), ...message };
}

/**
 * The catalogue message behind a zod issue: a schema's own (`said`, `customIssue`) or one worded
 * by `plainValidationMessage`, found again from the issue (zod keeps only the text).
 */
export function messageOfIssue(issue: z.core.$ZodIssue): ConsoleMessage | undefined {
  const own = schemaMessageOf(issue);
  if (own) return own;
  const candidates = [
    plainValidationText(issue as z.core.$ZodRawIssue),
    msg('messages:validation.required'),
  ];
  return candidates.find((m) => m !== undefined && englishText(m) === issue.message);
}

/** Turns zod issues into the `{path, message}` list shown next to form fields. */
export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const worded = messageOfIssue(issue);
    return worded ? issueOf(path, worded) : { path, message: issue.message };
  });
}

/** Words a catalogue message: in English in the main process, in the operator's language on screen. */
export type Wording = (message: ConsoleMessageData) => string;

/** An issue's text: from its key when it has one, else its English message. */
export function issueText(issue: ErrorIssue, word: Wording = englishText): string {
  return issue.key ? word({ key: issue.key, params: issue.params ?? {} }) : issue.message;
}

/** Where an issue is, for a person: the line of a list (the last index in its path), if any. */
function lineOf(path: string): number | undefined {
  const index = path.split('.').findLast((part) => /^\d+$/.test(part));
  return index === undefined ? undefined : Number(index) + 1;
}

/**
 * The issues for a person: each message once, with the line of a list it concerns but without
 * the internal path it was found at (no "mapping.1.destination").
 */
export function issueMessages(issues: readonly ErrorIssue[], word: Wording = englishText): string {
  const texts = issues.map((i) => {
    const text = issueText(i, word);
    const line = lineOf(i.path);
    return line === undefined
      ? text
      : word(msg('messages:validation.atLine', { line, issue: text }));
  });
  return [...new Set(texts)].join(' ');
}

/** The refusal of a call whose argument has issues: the issues themselves, in sentences. */
export function invalidArgument(issues: readonly ErrorIssue[]): ConsoleMessage {
  return msg('messages:contract.invalidArgument', { issues: issueMessages(issues) });
}

/** A refusal's text: worded from its key when it has one (its issues for a refused argument). */
export function payloadText(payload: ErrorPayload, word: Wording): string {
  const issues = payload.details?.issues ?? [];
  if (payload.key === 'messages:contract.invalidArgument' && issues.length > 0)
    return issueMessages(issues, word);
  return payload.key ? word({ key: payload.key, params: payload.params ?? {} }) : payload.message;
}

/** The issues for a log or a file's diagnosis: each with where it was found. */
export function describeIssues(issues: readonly ErrorIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}
