import { z } from 'zod';
import { msg } from '../i18n/message';
import { said } from '../validation-messages';
import {
  dynamicsSecretNames,
  dynamicsSettingsSchema,
  type DynamicsSecretName,
  type DynamicsSettings,
} from './dynamics-account';
import { internalNameSchema, labelSchema } from './names';
import {
  oracleSecretNames,
  oracleSettingsSchema,
  type OracleSecretName,
  type OracleSettings,
} from './oracle-account';
import {
  salesforceSecretNames,
  salesforceSettingsSchema,
  type SalesforceSecretName,
  type SalesforceSettings,
} from './salesforce-account';
import { secretInputSchema, type SecretState } from './secrets';

export { httpsUrlSchema } from './https-url';
export {
  salesforceApiVersions,
  salesforceSecretNames,
  salesforceSettingsSchema,
  type SalesforceSecretName,
  type SalesforceSettings,
} from './salesforce-account';

export const accountTypes = ['salesforce', 'dynamics', 'oracle'] as const;
export type AccountType = (typeof accountTypes)[number];

export const accountTypeLabels: Record<AccountType, string> = {
  salesforce: 'Salesforce.com',
  dynamics: 'Microsoft Dynamics CRM',
  oracle: 'Oracle On Demand',
};

/** Each kind's settings, under the account's field named after the kind. */
export interface AccountSettings {
  salesforce: SalesforceSettings;
  dynamics: DynamicsSettings;
  oracle: OracleSettings;
}

/** Each kind's secrets: sealed when stored, write-only across the contract. */
export interface AccountSecretNames {
  salesforce: SalesforceSecretName;
  dynamics: DynamicsSecretName;
  oracle: OracleSecretName;
}

export const accountSecretNames: { readonly [T in AccountType]: readonly AccountSecretNames[T][] } =
  {
    salesforce: salesforceSecretNames,
    dynamics: dynamicsSecretNames,
    oracle: oracleSecretNames,
  };

/** Every secret name of any kind (a field path in the form). */
export type AccountSecretName = AccountSecretNames[AccountType];

const commonFields = {
  name: internalNameSchema,
  label: labelSchema.min(1, said(msg('messages:input.enterLabel'))),
  enabled: z.boolean().default(true),
  comment: z.string().max(4000).default(''),
};

/** A write-only secret input, left as it is unless the renderer says. */
const kept = secretInputSchema.default({ action: 'keep' });

/** What the renderer sends to create or edit an account: secrets are write-only inputs. */
export const accountInputSchema = z.discriminatedUnion('type', [
  z.object({
    ...commonFields,
    type: z.literal('salesforce'),
    salesforce: salesforceSettingsSchema,
    secrets: z
      .object({ password: kept, clientSecret: kept, securityToken: kept })
      .strict()
      .prefault({}),
  }),
  z.object({
    ...commonFields,
    type: z.literal('dynamics'),
    dynamics: dynamicsSettingsSchema,
    secrets: z.object({ password: kept, privateKey: kept }).strict().prefault({}),
  }),
  z.object({
    ...commonFields,
    type: z.literal('oracle'),
    oracle: oracleSettingsSchema,
    secrets: z.object({ password: kept }).strict().prefault({}),
  }),
]);
export type AccountInput = z.input<typeof accountInputSchema>;
export type ParsedAccountInput = z.output<typeof accountInputSchema>;

interface AccountViewCommon {
  name: string;
  label: string;
  enabled: boolean;
  comment: string;
  /** Built in, pointing at the console's own CRM emulator. */
  demo: boolean;
  /** The configuration wizard has generated the account's schema. */
  configured: boolean;
}

/** An account of one kind as the renderer sees it: whether each secret is set, never its value. */
export type AccountViewOf<T extends AccountType> = AccountViewCommon & {
  type: T;
  secrets: Record<AccountSecretNames[T], SecretState>;
} & { [K in T]: AccountSettings[K] };

export type ExternalAccountView = { [T in AccountType]: AccountViewOf<T> }[AccountType];

/** The settings of an account's own kind: the field named after its type. */
export function settingsOf(account: ExternalAccountView): AccountSettings[AccountType] {
  const byType: Partial<AccountSettings> = account;
  const settings = byType[account.type];
  // The view's type always names a field it has; the check only satisfies the compiler.
  if (!settings) throw new Error(`The account has no ${account.type} settings.`);
  return settings;
}
