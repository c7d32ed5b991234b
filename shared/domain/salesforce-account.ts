import { z } from 'zod';
import { msg } from '../i18n/message';
import { said } from '../validation-messages';
import { httpsUrlSchema } from './https-url';

export const salesforceApiVersions = ['49.0', '50.0', '55.0', '58.0', '60.0', '62.0'] as const;

export const salesforceSettingsSchema = z.object({
  /** The user name the console logs in as. */
  account: z
    .string()
    .trim()
    .min(1, said(msg('messages:input.enterAccountUser')))
    .max(80),
  clientId: z.string().trim().max(255).default(''),
  apiVersion: z.enum(salesforceApiVersions).default('49.0'),
  /** Log in to the test host (a Salesforce sandbox org) instead of the production one. */
  sandbox: z.boolean().default(false),
  /** A My Domain or custom login host; overrides the production / test host. */
  serverUrl: httpsUrlSchema.optional(),
});
export type SalesforceSettings = z.output<typeof salesforceSettingsSchema>;

export const salesforceSecretNames = ['password', 'clientSecret', 'securityToken'] as const;
export type SalesforceSecretName = (typeof salesforceSecretNames)[number];
