import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const count = (n: number | bigint, one: string, many: string) =>
  `${String(n)} ${n === 1 || n === 1n ? one : many}`;

function sizeLimit(issue: Issue, over: boolean): string | undefined {
  const bound = issue['maximum'] ?? issue['minimum'];
  if (typeof bound !== 'number' && typeof bound !== 'bigint') return undefined;
  const exclusive = issue['inclusive'] === false;
  switch (issue['origin']) {
    case 'string':
      if (!over && bound === 1) return 'Enter a value.';
      return over
        ? `Enter at most ${count(bound, 'character', 'characters')}.`
        : `Enter at least ${count(bound, 'character', 'characters')}.`;
    case 'array':
    case 'set':
      return over
        ? `Give at most ${count(bound, 'item', 'items')}.`
        : `Give at least ${count(bound, 'item', 'items')}.`;
    case 'number':
    case 'int':
    case 'bigint':
      if (over)
        return `Enter a number ${exclusive ? 'below' : 'no greater than'} ${String(bound)}.`;
      return `Enter a number ${exclusive ? 'above' : 'of at least'} ${String(bound)}.`;
    default:
      return undefined;
  }
}

/** What a value should have been, in words (zod names its types). */
const expectedKinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a set of named values',
  date: 'a date',
};

/**
 * Zod's own messages ("Too big: expected string to have <=255 characters") reach forms and
 * refusals wherever a schema has no message of its own: these say the same to an administrator.
 */
export function plainValidationMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return 'A value is required.';
      const expected = String(issue['expected']);
      return `Expected ${expectedKinds[expected] ?? expected}.`;
    }
    case 'too_big':
      return sizeLimit(issue, true);
    case 'too_small':
      return sizeLimit(issue, false);
    case 'invalid_value':
      return 'Choose one of the values offered.';
    case 'invalid_format':
      return issue['format'] === 'email'
        ? 'Enter an email address.'
        : 'Enter a value of the expected form.';
    case 'unrecognized_keys':
      return 'The request has settings this console does not know.';
    default:
      return undefined;
  }
}
