import { z } from 'zod';
import { msg } from '../i18n/message';
import { customIssue, said } from '../validation-messages';
import { forbiddenCharacter } from './forbidden-characters';

/** Refuses, naming the field and the character, what would hide or reorder the text shown. */
function withoutForbiddenCharacters(field: 'internalName' | 'label') {
  return (value: string, ctx: z.RefinementCtx) => {
    const character = forbiddenCharacter(value);
    if (character)
      ctx.addIssue({
        ...customIssue(
          field === 'label'
            ? msg('messages:input.labelForbidden', { character })
            : msg('messages:input.internalNameForbidden', { character }),
        ),
        continue: false,
      });
  };
}

/** Campaign internal names: a letter or underscore, then letters, digits, underscores. */
export const internalNameSchema = z
  .string()
  .trim()
  .min(1, said(msg('messages:input.internalNameRequired')))
  .max(64, said(msg('messages:input.internalNameMax')))
  .superRefine(withoutForbiddenCharacters('internalName'))
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, said(msg('messages:input.internalNameForm')));

export const labelSchema = z
  .string()
  .trim()
  .max(255, said(msg('messages:input.labelMax')))
  .superRefine(withoutForbiddenCharacters('label'));

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
