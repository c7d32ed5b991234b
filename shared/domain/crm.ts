import { z } from 'zod';
import { columnTypes } from './records';
import type { ConsoleMessageData } from '../i18n/message';

/** A table of the CRM as the wizard lists it. */
export interface CrmTableSummary {
  name: string;
  label: string;
  custom: boolean;
}

const crmName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
  .max(64);

export const crmPicklistValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  active: z.boolean(),
});
export type CrmPicklistValue = z.infer<typeof crmPicklistValueSchema>;

/** A field of a CRM table, with the platform type it maps to (null: it cannot be used). */
export const crmFieldSchema = z.object({
  name: crmName,
  label: z.string(),
  /** The CRM's own type name, e.g. `picklist`, `address`, `currency`. */
  crmType: z.string(),
  type: z.enum(columnTypes).nullable(),
  length: z.number().int().positive().optional(),
  nillable: z.boolean(),
  externalId: z.boolean(),
  picklist: z
    .object({ multiSelect: z.boolean(), values: z.array(crmPicklistValueSchema) })
    .optional(),
});
export type CrmField = z.infer<typeof crmFieldSchema>;

export const crmTableDescriptionSchema = z.object({
  name: crmName,
  label: z.string(),
  /** The field holding the CRM record id. */
  idField: crmName,
  /** Fields that tell when a record last changed (automatic index candidates). */
  modifiedFields: z.array(crmName),
  fields: z.array(crmFieldSchema),
});
export type CrmTableDescription = z.infer<typeof crmTableDescriptionSchema>;

/** The names of the fields a workflow can use: not those the wizard skipped (no type). */
export function usableFieldNames(table: CrmTableDescription | undefined): string[] {
  return (table?.fields ?? []).filter((f) => f.type !== null).map((f) => f.name);
}

/** What "Test connection" shows: who the console is connected as, and where. */
export interface ConnectionCheck {
  organization: string;
  user: string;
  instanceUrl: string;
  apiVersion: string;
  /** The CRM user's time zone, for a CRM whose dates carry none (Oracle). */
  timeZone?: string;
}

/** Step 1 of the configuration wizard. */
export interface WizardTables {
  tables: CrmTableSummary[];
  /** The tables chosen the last time the wizard ran, ticked again. */
  selected: string[];
}

/** What a CRM allows that the activity editor shows or hides (Order by, Query for all elements). */
export interface CrmCapabilitiesView {
  orderBy: boolean;
  /** When set, an import may sort or filter but not both: the CRM's limitation, to quote. */
  sortOrFilterOnly: ConsoleMessageData | null;
  queryAll: boolean;
  /** How long the CRM keeps deleted records, in days; null when it does not say. */
  deletedRetentionDays: number | null;
  /** Whether imports and exports can go through bulk jobs (Salesforce Bulk API 2.0). */
  bulkApi: boolean;
}
