import { z } from 'zod';
import { internalNameSchema, labelSchema } from './names';
import { secretInputSchema, type SecretState } from './secrets';

export const accountTypes = ['salesforce'] as const;
export type AccountType = (typeof accountTypes)[number];

export const accountTypeLabels: Record<AccountType, string> = {
  salesforce: 'Salesforce.com',
};

/** CRM addresses are https only; the message says so instead of a generic URL error. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'https')
      ctx.addIssue({
        code: 'custom',
        message: `Only https:// addresses are accepted (not ${scheme}://): the connection must be encrypted.`,
      });
    else if (!scheme || !/^https:\/\/[^\s/?#@]+(:\d{1,5})?(\/[^\s]*)?$/i.test(text))
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a full address, e.g. https://mydomain.my.salesforce.com.',
      });
  })
  .transform((text) => text.replace(/\/+$/, ''));

export const salesforceApiVersions = ['49.0', '50.0', '55.0', '58.0', '60.0', '62.0'] as const;

export const salesforceSettingsSchema = z.object({
  /** The user name the console logs in as. */
  account: z.string().trim().min(1, 'Enter the account (user name).').max(80),
  clientId: z.string().trim().max(255).default(''),
  apiVersion: z.enum(salesforceApiVersions).default('49.0'),
  /** Log in to the test host (a Salesforce sandbox org) instead of the production one. */
  sandbox: z.boolean().default(false),
  /** A My Domain or custom login host; overrides the production / test host. */
  serverUrl: httpsUrlSchema.optional(),
});
export type SalesforceSettings = z.output<typeof salesforceSettingsSchema>;

/** Each kind's settings, under the account's field named after the kind. */
export interface AccountSettings {
  salesforce: SalesforceSettings;
}

export const salesforceSecretNames = ['password', 'clientSecret', 'securityToken'] as const;
export type SalesforceSecretName = (typeof salesforceSecretNames)[number];

const commonFields = {
  name: internalNameSchema,
  label: labelSchema.min(1, 'Enter a label.'),
  enabled: z.boolean().default(true),
  comment: z.string().max(4000).default(''),
};

/** What the renderer sends to create or edit an account: secrets are write-only inputs. */
export const accountInputSchema = z.discriminatedUnion('type', [
  z.object({
    ...commonFields,
    type: z.literal('salesforce'),
    salesforce: salesforceSettingsSchema,
    secrets: z
      .object({
        password: secretInputSchema.default({ action: 'keep' }),
        clientSecret: secretInputSchema.default({ action: 'keep' }),
        securityToken: secretInputSchema.default({ action: 'keep' }),
      })
      .strict()
      .default({
        password: { action: 'keep' },
        clientSecret: { action: 'keep' },
        securityToken: { action: 'keep' },
      }),
  }),
]);
export type AccountInput = z.input<typeof accountInputSchema>;
export type ParsedAccountInput = z.output<typeof accountInputSchema>;

/** An account as the renderer sees it: whether each secret is set, never its value. */
export interface ExternalAccountView {
  name: string;
  label: string;
  type: AccountType;
  enabled: boolean;
  comment: string;
  /** Built in, pointing at the console's own CRM emulator. */
  demo: boolean;
  /** The configuration wizard has generated the account's schema. */
  configured: boolean;
  salesforce: SalesforceSettings;
  secrets: Record<SalesforceSecretName, SecretState>;
}
