import { issuesFromZod } from '../../../shared/errors';
import { messageText } from '../../i18n/message-text';
import {
  checkOptionValue,
  optionSchema,
  type Option,
  type OptionInput,
  type OptionType,
} from '../../../shared/domain/options';
import { messagesByPath } from '../../components/field-issues';

/** What the option form holds while the administrator types. */
export interface OptionDraft {
  name: string;
  label: string;
  type: OptionType;
  value: string;
}

export type OptionField = keyof OptionDraft;

export const emptyOptionDraft: OptionDraft = { name: '', label: '', type: 'text', value: '' };

export const draftFromOption = (option: Option): OptionDraft => ({ ...option });

export const optionInputFromDraft = (draft: OptionDraft): OptionInput => ({ ...draft });

/**
 * Live validation with the same rules the service applies: the shared zod schema for the
 * fields, `checkOptionValue` for the value (the schema checks it only once the rest is valid).
 */
export function validateOptionDraft(draft: OptionDraft): Map<string, string> {
  const parsed = optionSchema.safeParse(optionInputFromDraft(draft));
  const messages = parsed.success ? new Map() : messagesByPath(issuesFromZod(parsed.error));
  if (!messages.has('value')) {
    const check = checkOptionValue(draft.type, draft.value);
    if (!check.ok) messages.set('value', check.text ? messageText(check.text) : check.message);
  }
  return messages;
}
