import { z } from 'zod';
import { englishText } from '../i18n/message';
import { formatCampaignDateTime, isDateProblem, parseCampaignDateTime } from './campaign-datetime';
import { internalNameSchema, labelSchema } from './names';

export const optionTypes = ['text', 'integer', 'decimal', 'datetime'] as const;
export type OptionType = (typeof optionTypes)[number];

/** A value after validation: its canonical text, or the reason it was refused. */
export type OptionValueCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * Checks a value typed by the administrator against the option's type and returns its
 * canonical text (the form in which it is stored and shown).
 */
export function checkOptionValue(type: OptionType, raw: string): OptionValueCheck {
  const text = raw.trim();
  switch (type) {
    case 'text':
      return raw.length > 4000
        ? { ok: false, message: 'A text value is at most 4000 characters.' }
        : { ok: true, value: raw };
    case 'integer': {
      if (!/^[+-]?\d+$/.test(text))
        return { ok: false, message: 'Expected a whole number, e.g. 42.' };
      const n = Number(text);
      if (!Number.isSafeInteger(n))
        return { ok: false, message: 'The number is too large for an integer option.' };
      return { ok: true, value: String(n) };
    }
    case 'decimal': {
      if (/^[+-]?\d+,\d+$/.test(text))
        return { ok: false, message: 'Use a dot as the decimal separator, e.g. 3.5.' };
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return { ok: false, message: 'Expected a decimal number, e.g. 3.5.' };
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, message: 'The number is out of range.' };
      return { ok: true, value: String(n) };
    }
    case 'datetime': {
      const parts = parseCampaignDateTime(text);
      return isDateProblem(parts)
        ? { ok: false, message: englishText(parts) }
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
    ctx.addIssue({ code: 'custom', path: ['value'], message: check.message });
    return z.NEVER;
  }
  return { ...option, value: check.value };
});
export type Option = z.output<typeof optionSchema>;
export type OptionInput = z.input<typeof optionSchema>;
