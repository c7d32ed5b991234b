import { z } from 'zod';
import { fileFormatSchema, uploadIdSchema } from '../file-import';
import { internalNameSchema, labelSchema } from '../names';
import { columnTypes } from '../records';
import { commonSettings } from './common-settings';

/** A column of the population a file is loaded into: the file's column at the same position. */
export const fileColumnSchema = z.object({
  name: internalNameSchema,
  label: labelSchema,
  type: z.enum(columnTypes).default('string'),
});
export type FileColumn = z.output<typeof fileColumnSchema>;

/** Data loading (file), Campaign's fileImport: a file's lines as a population. */
export const fileImportSettingsSchema = z.object({
  ...commonSettings,
  type: z.literal('fileImport'),
  /** The file to load, uploaded from the activity's properties; null until one is chosen. */
  uploadId: uploadIdSchema.nullable().default(null),
  /** Its name as chosen, shown beside the button. */
  fileName: z.string().max(255).default(''),
  format: fileFormatSchema.default({ encoding: 'utf-8', separator: ',', header: true }),
  /** Column definition: one per column of the file, in order (from its header line). */
  columns: z.array(fileColumnSchema).max(500).default([]),
  /** Lines whose values do not fit their column go to a Reject transition instead of the log. */
  processRejects: z.boolean().default(false),
});
