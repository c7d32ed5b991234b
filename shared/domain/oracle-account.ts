import { z } from 'zod';
import { msg } from '../i18n/message';
import { said } from '../validation-messages';
import { httpsUrlSchema } from './https-url';

/** Web Services v2.0 by default; v1.0 (sort or filter, not both) when the account says so. */
export const oracleApiVersions = ['v2.0', 'v1.0'] as const;
export type OracleApiVersionSetting = (typeof oracleApiVersions)[number];

/** Whether a name is a time zone the platform knows (IANA, e.g. America/New_York). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const oracleSettingsSchema = z.object({
  /** The sign-in id the console logs in as, `COMPANY/USER`. */
  account: z
    .string()
    .trim()
    .min(1, said(msg('messages:input.oracleAccount')))
    .max(100),
  /** The pod's address, e.g. https://secure-ausomxabc.crmondemand.com. */
  serverUrl: httpsUrlSchema,
  apiVersion: z.enum(oracleApiVersions).default('v2.0'),
  /**
   * The CRM user's time zone, in which Oracle writes and reads every date (they carry none).
   * Empty: read from the CRM (the user's time zone) at each connection.
   */
  timeZone: z
    .string()
    .trim()
    .max(64)
    .default('')
    .refine((zone) => zone === '' || isKnownTimeZone(zone), {
      message: said(msg('messages:input.timeZone')),
    }),
});
export type OracleSettings = z.output<typeof oracleSettingsSchema>;

export const oracleSecretNames = ['password'] as const;
export type OracleSecretName = (typeof oracleSecretNames)[number];
