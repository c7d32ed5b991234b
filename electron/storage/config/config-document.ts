import { z } from 'zod';
import { salesforceSettingsSchema } from '../../../shared/domain/accounts';
import { crmTableDescriptionSchema } from '../../../shared/domain/crm';
import { demoSalesforceAccount } from '../../../shared/domain/demo-accounts';
import { enumerationSchema } from '../../../shared/domain/enumerations';
import { internalNameSchema } from '../../../shared/domain/names';
import { optionSchema } from '../../../shared/domain/options';
import { genderEnumeration } from '../../../shared/domain/recipients';
import { storedWorkflowSchema } from '../../../shared/domain/workflows/workflow-graph';

export const operatorRecordSchema = z.object({
  name: internalNameSchema,
  label: z.string(),
  /** `scrypt$N$r$p$salt$hash`, see services/session/password-hash.ts. */
  passwordHash: z.string().startsWith('scrypt$'),
  createdAt: z.iso.datetime(),
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

/** Secrets as sealed by the SecretCipher; null when not set. */
const sealedSecretSchema = z.string().startsWith('v1:').nullable();

export const accountRecordSchema = z.object({
  name: internalNameSchema,
  label: z.string(),
  type: z.literal('salesforce'),
  enabled: z.boolean(),
  comment: z.string(),
  demo: z.boolean(),
  configured: z.boolean(),
  salesforce: salesforceSettingsSchema,
  sealed: z.object({
    password: sealedSecretSchema,
    clientSecret: sealedSecretSchema,
    securityToken: sealedSecretSchema,
  }),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/** A generated source schema: the CRM tables it was generated from, and its approval. */
export const schemaRecordSchema = z.object({
  account: internalNameSchema,
  accountLabel: z.string(),
  accountType: z.literal('salesforce'),
  status: z.enum(['pending', 'approved']),
  generatedAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  approvalError: z.string().nullable(),
  tables: z.array(crmTableDescriptionSchema),
});
export type SchemaRecord = z.infer<typeof schemaRecordSchema>;

export const currentConfigVersion = 3;

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
    accounts: z.array(accountRecordSchema),
    schemas: z.array(schemaRecordSchema),
    workflows: z.array(storedWorkflowSchema),
  })
  .strict();
export type ConfigDocument = z.infer<typeof configDocumentSchema>;

/** A new instance's document: the built-in tables' enumerations and the Demo accounts. */
export function emptyConfigDocument(): ConfigDocument {
  return {
    version: currentConfigVersion,
    instance: null,
    operators: [],
    options: [],
    enumerations: [structuredClone(genderEnumeration)],
    accounts: [structuredClone(demoSalesforceAccount)],
    schemas: [],
    workflows: [],
  };
}
