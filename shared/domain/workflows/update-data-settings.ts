import { z } from 'zod';
import { internalNameSchema } from '../names';
import { commonSettings } from './common-settings';

export const updateOperations = ['insert', 'update', 'upsert'] as const;
export type UpdateOperation = (typeof updateOperations)[number];

export const updateDataSettingsSchema = z.object({
  ...commonSettings,
  type: z.literal('updateData'),
  table: internalNameSchema.nullable().default(null),
  operation: z.enum(updateOperations).default('upsert'),
  /** Destination columns records are reconciled on (a key or unique key of the table). */
  reconciliation: z.array(internalNameSchema).max(10).default([]),
  mapping: z
    .array(z.object({ source: internalNameSchema, destination: internalNameSchema }))
    .max(500)
    .default([]),
  processRejects: z.boolean().default(false),
});
