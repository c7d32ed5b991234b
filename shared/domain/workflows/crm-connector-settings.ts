import { z } from 'zod';
import { msg } from '../../i18n/message';
import { said } from '../../validation-messages';
import { crmFilterNodeSchema } from '../crm-filter';
import { internalNameSchema } from '../names';
import { commonSettings } from './common-settings';

/** A CRM field name as the connector gives it. */
const remoteFieldSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, said(msg('messages:input.remoteField')));

/** "Conversion" column of the remote fields and mapping grids. */
export const conversions = ['default', 'dateOnly', 'withoutOffset', 'copy'] as const;
export type Conversion = (typeof conversions)[number];

export const crmOperations = ['import', 'export', 'importDeleted', 'delete'] as const;
export type CrmOperation = (typeof crmOperations)[number];

export const crmImportSchema = z.object({
  /** Record identification: a filter on the CRM, or the population calculated upstream. */
  identification: z.enum(['filter', 'upstream']).default('filter'),
  /** For `upstream`: the input column holding the remote record id. */
  remoteIdColumn: internalNameSchema.nullable().default(null),
  fields: z
    .array(
      z.object({ remote: remoteFieldSchema, conversion: z.enum(conversions).default('default') }),
    )
    .max(500)
    .default([]),
  filter: crmFilterNodeSchema.nullable().default(null),
  orderBy: z
    .array(z.object({ field: remoteFieldSchema, descending: z.boolean().default(false) }))
    .max(5)
    .default([]),
  automaticIndex: z
    .object({
      enabled: z.boolean().default(false),
      /** Default `LASTIMPORT_<instance>_<activity>`. */
      optionName: internalNameSchema.nullable().default(null),
      /** Default: the CRM's index field (Salesforce `LastModifiedDate`). */
      indexField: remoteFieldSchema.nullable().default(null),
    })
    .prefault({}),
  /** Salesforce: include deleted, archived and merged records (queryAll). */
  queryAll: z.boolean().default(false),
});

export const crmExportSchema = z.object({
  mapping: z
    .array(
      z.object({
        /** A column of the input population. */
        source: internalNameSchema,
        remote: remoteFieldSchema,
        conversion: z.enum(conversions).default('default'),
      }),
    )
    .max(500)
    .default([]),
  /** Export in Batches (up to the CRM's batch size per call); else one record per call. */
  batches: z.boolean().default(true),
});

export const crmBehaviorSchema = z.object({
  outbound: z.boolean().default(true),
  processRejects: z.boolean().default(false),
  processErrors: z.boolean().default(false),
  /** Keep the rejections in a file: a CSV path (absolute, or relative to the data dir). */
  rejectionFile: z.string().trim().max(1000).nullable().default(null),
});

/** The default row count from which an import or export goes through the CRM's bulk jobs. */
export const defaultBulkThreshold = 10_000;

/**
 * Data Loader's "Use Bulk API": with a CRM that has bulk jobs (Salesforce Bulk API 2.0), an
 * import or export of at least `threshold` rows runs as bulk jobs instead of REST pages. Off
 * unless chosen, as in Data Loader: with the bulk results streamed into the import pipeline,
 * the REST path (its pages read ahead) still imported faster in the bench (bench/README.md).
 */
export const crmBulkSchema = z.object({
  enabled: z.boolean().default(false),
  threshold: z.number().int().min(1).max(1_000_000_000).default(defaultBulkThreshold),
});

export const crmConnectorSettingsSchema = z.object({
  ...commonSettings,
  type: z.literal('crmConnector'),
  account: internalNameSchema.nullable().default(null),
  operation: z.enum(crmOperations).default('import'),
  remoteObject: remoteFieldSchema.nullable().default(null),
  import: crmImportSchema.prefault({}),
  export: crmExportSchema.prefault({}),
  /** Import deleted: both included; a JavaScript Date expression, ISO 8601, `yyyy.MM.dd[ hh.mm.ss]`. */
  deleted: z
    .object({ start: z.string().max(1000).default(''), end: z.string().max(1000).default('') })
    .prefault({}),
  /** Delete: the input column holding the remote id to delete. */
  deleteIdColumn: internalNameSchema.nullable().default(null),
  behavior: crmBehaviorSchema.prefault({}),
  bulk: crmBulkSchema.prefault({}),
});

/** The `LASTIMPORT_<instance>_<activity>` option of an import's automatic index. */
export function automaticIndexOptionName(instance: string, activity: string): string {
  return `LASTIMPORT_${instance}_${activity}`;
}
