import { z } from 'zod';
import { englishText, msg, type ConsoleMessage } from '../i18n/message';
import { customIssue } from '../validation-messages';
import { formatCampaignDateTime, isDateProblem, parseCampaignDateTime } from './campaign-datetime';
import { internalNameSchema, labelSchema } from './names';

export const optionTypes = ['text', 'integer', 'decimal', 'datetime'] as const;
export type OptionType = (typeof optionTypes)[number];

/**
 * A value after validation: its canonical text, or the reason it was refused, in English and,
 * when it has one, as a catalogue message.
 */
export type OptionValueCheck =
  { ok: true; value: string } | { ok: false; message: string; text?: ConsoleMessage };

function refused(text: ConsoleMessage): OptionValueCheck {
  return { ok: false, message: englishText(text), text };
}

/**
 * Checks a value typed by the administrator against the option's type and returns its
 * canonical text (the form in which it is stored and shown).
 */
export function checkOptionValue(type: OptionType, raw: string): OptionValueCheck {
  const text = raw.trim();
  switch (type) {
    case 'text':
      return raw.length > 4000 ? refused(msg('messages:input.textMax')) : { ok: true, value: raw };
    case 'integer': {
      if (!/^[+-]?\d+$/.test(text)) return refused(msg('messages:input.wholeNumber'));
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return refused(msg('messages:input.integerTooLarge'));
      return { ok: true, value: String(n) };
    }
    case 'decimal': {
      if (/^[+-]?\d+,\d+$/.test(text)) return refused(msg('messages:input.decimalSeparator'));
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return refused(msg('messages:input.decimalNumber'));
      const n = Number(text);
      if (!Number.isFinite(n)) return refused(msg('messages:input.numberRange'));
      return { ok: true, value: String(n) };
    }
    case 'datetime': {
      const parts = parseCampaignDateTime(text);
      return isDateProblem(parts)
        ? refused(parts)
        : { ok: true, value: formatCampaignDateTime(parts) };
    }
  }
}

const optionShape = z.object({
  name: internalNameSchema,
  label: labelSchema,
  type: z.enum(optionTypes),
  value: z.string(),
});

/** An option as stored and as the contract carries it: the value is canonical for its type. */
export const optionSchema = optionShape.transform((option, ctx) => {
  const check = checkOptionValue(option.type, option.value);
  if (!check.ok) {
    ctx.addIssue(
      check.text
        ? customIssue(check.text, ['value'])
        : { code: 'custom', path: ['value'], message: check.message },
    );
    return z.NEVER;
  }
  return { ...option, value: check.value };
});
export type Option = z.output<typeof optionSchema>;
export type OptionInput = z.input<typeof optionSchema>;
