import { z } from 'zod';
import { internalNameSchema, labelSchema } from './names';

export const enumerationValueSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'Each value needs a value.')
    .max(255, 'A value is at most 255 characters.'),
  label: labelSchema,
  enabled: z.boolean(),
});
export type EnumerationValue = z.infer<typeof enumerationValueSchema>;

/** The order of `values` is the display order. */
export const enumerationSchema = z
  .object({
    name: internalNameSchema,
    label: labelSchema,
    values: z
      .array(enumerationValueSchema)
      .max(10_000, 'An enumeration holds at most 10,000 values.'),
  })
  .superRefine((enumeration, ctx) => {
    const seen = new Map<string, number>();
    enumeration.values.forEach((v, index) => {
      const first = seen.get(v.value);
      if (first === undefined) seen.set(v.value, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'value'],
          message: `Value '${v.value}' is already used by row ${first + 1}.`,
        });
    });
  });
export type Enumeration = z.infer<typeof enumerationSchema>;

export interface EnumerationSummary {
  name: string;
  label: string;
  valueCount: number;
}
