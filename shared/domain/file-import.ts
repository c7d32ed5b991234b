import { z } from 'zod';
import { msg } from '../i18n/message';
import { customIssue, said } from '../validation-messages';
import { internalNameSchema } from './names';
import { updateOperations } from './workflows/update-data-settings';

/** Encodings a file to load can be read in (iconv-lite names); the detector picks among them. */
export const fileEncodings = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
] as const;
export type FileEncoding = (typeof fileEncodings)[number];

export const fileSeparators = [',', ';', '\t', '|'] as const;
export type FileSeparator = (typeof fileSeparators)[number];
export const separatorLabels: Record<FileSeparator, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Pipe (|)',
};

export const uploadIdSchema = z.uuid();

/** How a file is read: its encoding, separator, and whether its first line names the columns. */
export const fileFormatSchema = z.object({
  encoding: z.enum(fileEncodings),
  separator: z.enum(fileSeparators),
  header: z.boolean(),
});
export type FileFormat = z.infer<typeof fileFormatSchema>;

/** The format found (or as given), the file's column names and its first rows. */
export interface FilePreview extends FileFormat {
  columns: string[];
  rows: string[][];
}

/** Which file column (by position) fills which column of the table. */
export const fileMappingSchema = z
  .array(z.object({ source: z.number().int().min(0).max(999), destination: internalNameSchema }))
  .min(1, said(msg('messages:input.mapOneColumn')))
  .max(500);

export const fileImportSchema = z
  .object({
    uploadId: uploadIdSchema,
    table: internalNameSchema,
    format: fileFormatSchema,
    mapping: fileMappingSchema,
    operation: z.enum(updateOperations),
    /** The key (primary or unique) rows are reconciled on. */
    reconciliation: z
      .array(internalNameSchema)
      .min(1, said(msg('messages:input.chooseReconciliationKey'))),
  })
  .strict()
  .superRefine((request, ctx) => {
    const destinations = request.mapping.map((m) => m.destination);
    const twice = destinations.find((d, i) => destinations.indexOf(d) !== i);
    if (twice)
      ctx.addIssue(customIssue(msg('messages:input.mappedTwice', { column: twice }), ['mapping']));
  });
export type FileImportRequest = z.infer<typeof fileImportSchema>;
