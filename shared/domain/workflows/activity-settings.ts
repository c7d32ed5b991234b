import { z } from 'zod';
import { msg } from '../../i18n/message';
import { said } from '../../validation-messages';
import { internalNameSchema } from '../names';
import { recordFilterSchema } from '../records';
import type { ActivityType } from './activity-catalogue';
import { commonSettings } from './common-settings';
import { crmConnectorSettingsSchema } from './crm-connector-settings';
import { schedulerSettingsSchema } from './scheduler-settings';
import { updateDataSettingsSchema } from './update-data-settings';
import { fileImportSettingsSchema } from './file-import-settings';

/** An activity's settings, by type; the larger families keep theirs in a module of their own. */
export const activitySchema = z.discriminatedUnion('type', [
  z.object({ ...commonSettings, type: z.literal('start') }),
  schedulerSettingsSchema,
  z.object({
    ...commonSettings,
    type: z.literal('query'),
    table: internalNameSchema.nullable().default(null),
    filter: recordFilterSchema.nullable().default(null),
  }),
  crmConnectorSettingsSchema,
  fileImportSettingsSchema,
  z.object({
    ...commonSettings,
    type: z.literal('deduplication'),
    /** Records with equal values in these columns are duplicates (read sorted by them: 5 at most). */
    keys: z
      .array(internalNameSchema)
      .max(5, said(msg('messages:input.deduplicateMax')))
      .default([]),
    /** The one kept is the most recently modified by this column. */
    modifiedColumn: internalNameSchema.nullable().default(null),
  }),
  updateDataSettingsSchema,
  z.object({
    ...commonSettings,
    type: z.literal('javascript'),
    script: z.string().max(100_000).default(''),
    timeoutSeconds: z.number().int().min(1).max(3600).default(10),
  }),
  z.object({
    ...commonSettings,
    type: z.literal('wait'),
    seconds: z
      .number()
      .int()
      .min(0)
      .max(30 * 86_400)
      .default(60),
  }),
  z.object({ ...commonSettings, type: z.literal('end') }),
]);
export type Activity = z.output<typeof activitySchema>;
export type ActivityInput = z.input<typeof activitySchema>;
export type ActivityOf<T extends ActivityType> = Extract<Activity, { type: T }>;
export type CrmConnectorActivity = ActivityOf<'crmConnector'>;
