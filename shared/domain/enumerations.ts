import { z } from 'zod';
import { msg } from '../i18n/message';
import { customIssue, said } from '../validation-messages';
import { internalNameSchema, labelSchema } from './names';

export const enumerationValueSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, said(msg('messages:input.valueRequired')))
    .max(255, said(msg('messages:input.valueMax'))),
  label: labelSchema,
  enabled: z.boolean(),
});
export type EnumerationValue = z.infer<typeof enumerationValueSchema>;

/** The order of `values` is the display order. */
export const enumerationSchema = z
  .object({
    name: internalNameSchema,
    label: labelSchema,
    values: z.array(enumerationValueSchema).max(10_000, said(msg('messages:input.valuesMax'))),
  })
  .superRefine((enumeration, ctx) => {
    const seen = new Map<string, number>();
    enumeration.values.forEach((v, index) => {
      const first = seen.get(v.value);
      if (first === undefined) seen.set(v.value, index);
      else
        ctx.addIssue(
          customIssue(msg('messages:input.valueTwice', { value: v.value, row: first + 1 }), [
            'values',
            index,
            'value',
          ]),
        );
    });
  });
export type Enumeration = z.infer<typeof enumerationSchema>;

export interface EnumerationSummary {
  name: string;
  label: string;
  valueCount: number;
}
