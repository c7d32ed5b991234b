import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromZod } from './errors';

const messages = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : issuesFromZod(parsed.error).map((i) => i.message);
};

describe('validation messages', () => {
  it('words zod’s own refusals for a person, and keeps a schema’s own message', () => {
    const schema = z.object({
      name: z.string().max(3),
      label: z.string().min(1),
      count: z.number().int().max(5),
      kind: z.enum(['a', 'b']),
      tags: z.array(z.string()).min(2),
      mail: z.email(),
      missing: z.string(),
      own: z.string().max(1, 'One letter, please.'),
    });
    expect(
      messages(schema, {
        name: 'abcd',
        label: '',
        count: 7.5,
        kind: 'c',
        tags: [],
        mail: 'nope',
        own: 'ab',
      }),
    ).toEqual([
      'Enter at most 3 characters.',
      'Enter a value.',
      'Expected a whole number.',
      'Choose one of the values offered.',
      'Give at least 2 items.',
      'Enter an email address.',
      'A value is required.',
      'One letter, please.',
    ]);
    expect(messages(z.object({ queue: z.array(z.string()) }), { queue: 'x' })).toEqual([
      'Expected a list.',
    ]);
  });
});
