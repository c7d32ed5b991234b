import { z } from 'zod';
import {
  accountTypes,
  salesforceSecretNames,
  salesforceSettingsSchema,
} from '../../../shared/domain/accounts';
import {
  dynamicsSecretNames,
  dynamicsSettingsSchema,
} from '../../../shared/domain/dynamics-account';
import { oracleSecretNames, oracleSettingsSchema } from '../../../shared/domain/oracle-account';
import { crmTableDescriptionSchema } from '../../../shared/domain/crm';
import { demoAccounts } from '../../../shared/domain/demo-accounts';
import { enumerationSchema } from '../../../shared/domain/enumerations';
import { internalNameSchema } from '../../../shared/domain/names';
import { optionSchema } from '../../../shared/domain/options';
import { languageSchema } from '../../../shared/i18n/languages';
import { genderEnumeration } from '../../../shared/domain/recipients';
import { storedWorkflowSchema } from '../../../shared/domain/workflows/workflow-graph';

export const operatorRecordSchema = z.object({
  name: internalNameSchema,
  label: z.string(),
  /** `scrypt$N$r$p$salt$hash`, see services/session/password-hash.ts. */
  passwordHash: z.string().startsWith('scrypt$'),
  createdAt: z.iso.datetime(),
  /** The operator's choice of language; absent, the console follows the system's. */
  language: languageSchema.optional(),
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

/** Secrets as sealed by the SecretCipher; null when not set. */
const sealedSecretSchema = z.string().startsWith('v1:').nullable();

/** Each secret of a kind, sealed or null. */
const sealedSecrets = <N extends string>(names: readonly N[]) =>
  z.object(
    Object.fromEntries(names.map((n) => [n, sealedSecretSchema])) as Record<
      N,
      typeof sealedSecretSchema
    >,
  );

const accountRecordCommon = {
  name: internalNameSchema,
  label: z.string(),
  enabled: z.boolean(),
  comment: z.string(),
  demo: z.boolean(),
  configured: z.boolean(),
};

export const accountRecordSchema = z.discriminatedUnion('type', [
  z.object({
    ...accountRecordCommon,
    type: z.literal('salesforce'),
    salesforce: salesforceSettingsSchema,
    sealed: sealedSecrets(salesforceSecretNames),
  }),
  z.object({
    ...accountRecordCommon,
    type: z.literal('dynamics'),
    dynamics: dynamicsSettingsSchema,
    sealed: sealedSecrets(dynamicsSecretNames),
  }),
  z.object({
    ...accountRecordCommon,
    type: z.literal('oracle'),
    oracle: oracleSettingsSchema,
    sealed: sealedSecrets(oracleSecretNames),
  }),
]);
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/** A generated source schema: the CRM tables it was generated from, and its approval. */
export const schemaRecordSchema = z.object({
  account: internalNameSchema,
  accountLabel: z.string(),
  accountType: z.enum(accountTypes),
  status: z.enum(['pending', 'approved']),
  generatedAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  approvalError: z.string().nullable(),
  tables: z.array(crmTableDescriptionSchema),
});
export type SchemaRecord = z.infer<typeof schemaRecordSchema>;

export const currentConfigVersion = 5;

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
    accounts: structuredClone(demoAccounts),
    schemas: [],
    workflows: [],
  };
}
