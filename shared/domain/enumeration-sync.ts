import { z } from 'zod';
import { msg, type ConsoleMessageData } from '../i18n/message';
import { said } from '../validation-messages';
import { internalNameSchema } from './names';

/** One CRM picklist in the "Synchronizing enumerations" dialog. */
export interface SyncRow {
  /** `<Table>.<Field>` */
  id: string;
  /** "List of 'Lead Source' from 'Contact'" */
  crmEnumeration: string;
  /** The console enumeration it feeds by default: `<Table>_<Field>`. */
  defaultTarget: string;
  valueCount: number;
  /** Set when the row cannot be synchronized (multi-select picklists). */
  refusal: ConsoleMessageData | null;
}

export const syncChoiceSchema = z.object({
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/),
  /** An existing enumeration, or the name of a new one. */
  target: internalNameSchema,
  /** Yes: the enumeration's values become the CRM's. No (default): the CRM's are added. */
  replace: z.boolean().default(false),
});
export type SyncChoice = z.output<typeof syncChoiceSchema>;

export const syncRequestSchema = z
  .object({
    account: internalNameSchema,
    choices: z.array(syncChoiceSchema).min(1, said(msg('messages:input.chooseEnumeration'))),
  })
  .strict();

/** What *Start* will do to one enumeration. */
export interface SyncPreview {
  id: string;
  target: string;
  creates: boolean;
  added: string[];
  kept: string[];
  removed: string[];
  /** What the administrator should know before Start: a merge that mixes kinds of values. */
  warnings: ConsoleMessageData[];
}
