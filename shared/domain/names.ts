import { z } from 'zod';
import { forbiddenCharacter } from './forbidden-characters';

/** Refuses, naming the field and the character, what would hide or reorder the text shown. */
function withoutForbiddenCharacters(field: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const found = forbiddenCharacter(value);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `${field} holds ${found}, which is not allowed.`,
        continue: false,
      });
  };
}

/** Campaign internal names: a letter or underscore, then letters, digits, underscores. */
export const internalNameSchema = z
  .string()
  .trim()
  .min(1, 'Internal name is required.')
  .max(64, 'Internal name is at most 64 characters.')
  .superRefine(withoutForbiddenCharacters('Internal name'))
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    'Internal name must start with a letter or underscore and hold only letters, digits and underscores.',
  );

export const labelSchema = z
  .string()
  .trim()
  .max(255, 'Label is at most 255 characters.')
  .superRefine(withoutForbiddenCharacters('Label'));

/**
 * Names (of options, enumerations, accounts, workflows, operators, columns) are unique regardless
 * of case: two names are the same when their keys are equal. Maps and sets of names use the key.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Orders named records as the lists show them: alphabetically, case aside. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}
