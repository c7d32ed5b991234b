import { z } from 'zod';
import { enumerationSchema } from '../../../shared/domain/enumerations';
import { internalNameSchema } from '../../../shared/domain/names';
import { optionSchema } from '../../../shared/domain/options';
import { genderEnumeration } from '../../../shared/domain/recipients';

export const operatorRecordSchema = z.object({
  name: internalNameSchema,
  label: z.string(),
  /** `scrypt$N$r$p$salt$hash`, see services/session/password-hash.ts. */
  passwordHash: z.string().startsWith('scrypt$'),
  createdAt: z.iso.datetime(),
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

export const currentConfigVersion = 1;

/** The whole config store, as it is on disk at the current version. */
export const configDocumentSchema = z
  .object({
    version: z.literal(currentConfigVersion),
    instance: z
      .object({ internalName: internalNameSchema, createdAt: z.iso.datetime() })
      .nullable(),
    operators: z.array(operatorRecordSchema),
    options: z.array(optionSchema),
    enumerations: z.array(enumerationSchema),
  })
  .strict();
export type ConfigDocument = z.infer<typeof configDocumentSchema>;

/** A new instance's document: nothing but the enumerations of the built-in tables. */
export function emptyConfigDocument(): ConfigDocument {
  return {
    version: currentConfigVersion,
    instance: null,
    operators: [],
    options: [],
    enumerations: [structuredClone(genderEnumeration)],
  };
}
