import type { z } from 'zod';
import { consoleMessageSchema, englishText, msg, type ConsoleMessage } from './i18n/message';

type Issue = z.core.$ZodRawIssue;

function sizeLimit(issue: Issue, over: boolean): ConsoleMessage | undefined {
  const bound = issue['maximum'] ?? issue['minimum'];
  if (typeof bound !== 'number' && typeof bound !== 'bigint') return undefined;
  const count = Number(bound);
  const exclusive = issue['inclusive'] === false;
  switch (issue['origin']) {
    case 'string':
      if (!over && count === 1) return msg('messages:validation.enterValue');
      return over
        ? msg('messages:validation.maxCharacters', { count })
        : msg('messages:validation.minCharacters', { count });
    case 'array':
    case 'set':
      return over
        ? msg('messages:validation.maxItems', { count })
        : msg('messages:validation.minItems', { count });
    case 'number':
    case 'int':
    case 'bigint': {
      const params = { bound: String(bound) };
      if (over)
        return exclusive
          ? msg('messages:validation.numberBelow', params)
          : msg('messages:validation.numberAtMost', params);
      return exclusive
        ? msg('messages:validation.numberAbove', params)
        : msg('messages:validation.numberAtLeast', params);
    }
    default:
      return undefined;
  }
}

/** What a value should have been, in words (zod names its types). */
function expectedKind(expected: string): ConsoleMessage {
  switch (expected) {
    case 'string':
      return msg('messages:validation.expected.text');
    case 'number':
      return msg('messages:validation.expected.number');
    case 'int':
      return msg('messages:validation.expected.int');
    case 'boolean':
      return msg('messages:validation.expected.boolean');
    case 'array':
      return msg('messages:validation.expected.list');
    case 'object':
      return msg('messages:validation.expected.object');
    case 'date':
      return msg('messages:validation.expected.date');
    default:
      return msg('messages:validation.expected.other', { kind: expected });
  }
}

/**
 * Zod's own messages ("Too big: expected string to have <=255 characters") reach forms and
 * refusals wherever a schema has no message of its own: these say the same to an administrator,
 * as catalogue messages so the console shows them in the operator's language.
 */
export function plainValidationText(issue: Issue): ConsoleMessage | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null)
        return msg('messages:validation.required');
      return expectedKind(String(issue['expected']));
    case 'too_big':
      return sizeLimit(issue, true);
    case 'too_small':
      return sizeLimit(issue, false);
    case 'invalid_value':
      return msg('messages:validation.chooseOffered');
    case 'invalid_format':
      return issue['format'] === 'email'
        ? msg('messages:validation.email')
        : msg('messages:validation.format');
    case 'unrecognized_keys':
      return msg('messages:validation.unknownSettings');
    default:
      return undefined;
  }
}

/** The English text of `plainValidationText`, zod's `customError`. */
export function plainValidationMessage(issue: Issue): string | undefined {
  const message = plainValidationText(issue);
  return message && englishText(message);
}

/** The schemas' own messages by their English text, to find the message again from an issue. */
const ownMessages = new Map<string, ConsoleMessage>();

/**
 * A schema's own message (`.min(1, said(msg('messages:schemas.enterLabel')))`): zod keeps only
 * its English text, by which `schemaMessageOf` finds the catalogue message again, so forms and
 * refusals word it in the operator's language.
 */
export function said(message: ConsoleMessage): string {
  const text = englishText(message);
  ownMessages.set(text, message);
  return text;
}

/**
 * A refinement's issue worded as a catalogue message: its English text, and the message itself
 * in `params` (names and values among its parameters), read back by `schemaMessageOf`.
 */
export function customIssue(
  message: ConsoleMessage,
  path?: PropertyKey[],
): { code: 'custom'; message: string; params: { text: ConsoleMessage }; path?: PropertyKey[] } {
  const issue = {
    code: 'custom' as const,
    message: englishText(message),
    params: { text: message },
  };
  return path ? { ...issue, path } : issue;
}

/** The catalogue message of a schema's own message (`said` or `customIssue`), if it is one. */
export function schemaMessageOf(issue: z.core.$ZodIssue): ConsoleMessage | undefined {
  if (issue.code === 'custom') {
    const carried = consoleMessageSchema.safeParse(issue.params?.['text']);
    // The prefix is checked; whether the key exists is checked where it is worded.
    if (carried.success) return carried.data as ConsoleMessage;
  }
  return ownMessages.get(issue.message);
}
