import { z } from 'zod';
import { msg } from '../../i18n/message';
import { said } from '../../validation-messages';
import { commonSettings } from './common-settings';

export const scheduleSchema = z.discriminatedUnion('kind', [
  /** Once, at a datetime (ISO 8601); a time already past fires at once. */
  z.object({ kind: z.literal('once'), at: z.iso.datetime({ offset: true }) }),
  z.object({ kind: z.literal('every'), minutes: z.number().int().min(1).max(10_080) }),
  /** Daily at `HH:mm`, local time of the console. */
  z.object({
    kind: z.literal('daily'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, said(msg('messages:input.timeOfDay'))),
  }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

export const schedulerSettingsSchema = z.object({
  ...commonSettings,
  type: z.literal('scheduler'),
  schedule: scheduleSchema,
});
