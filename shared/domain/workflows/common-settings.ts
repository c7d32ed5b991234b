import { z } from 'zod';
import { msg } from '../../i18n/message';
import { said } from '../../validation-messages';
import { labelSchema } from '../names';

/** An activity's id inside its workflow, e.g. `crmConnector2`; used in option names. */
export const activityIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, said(msg('messages:input.activityName')));

/** Advanced tab, "In case of errors". */
export const errorHandlings = ['suspend', 'ignore', 'abort'] as const;
export type ErrorHandling = (typeof errorHandlings)[number];

/** The settings every activity has, whatever its type. */
export const commonSettings = {
  id: activityIdSchema,
  label: labelSchema,
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  onError: z.enum(errorHandlings).default('suspend'),
  /** Advanced tab: JavaScript run before the activity, e.g. to set `vars` its settings use. */
  initScript: z.string().max(100_000).default(''),
};
