import { z } from 'zod';
import { httpsUrlSchema } from './https-url';

/** The reference's three deployment types; only Web API is still served. */
export const dynamicsDeploymentTypes = ['webApi', 'onPremise', 'office365'] as const;
export type DynamicsDeploymentType = (typeof dynamicsDeploymentTypes)[number];

export const dynamicsDeploymentLabels: Record<DynamicsDeploymentType, string> = {
  webApi: 'Web API',
  onPremise: 'On-premise',
  office365: 'Office 365',
};

/** Why the two older deployment types cannot be chosen any more. */
export const retiredDeploymentMessage =
  'On-premise and Office 365 connected through the retired SOAP endpoint, withdrawn in 2021 in favour of Web API: choose Web API. An on-premise server is reached through its own Web API, with its AD FS as the Tenant / authority.';

export const dynamicsOAuthTypes = ['password', 'certificate'] as const;
export type DynamicsOAuthType = (typeof dynamicsOAuthTypes)[number];

/**
 * A certificate thumbprint: SHA-1 or SHA-256, in hex (colons and spaces allowed) or in Base64
 * (Azure's customKeyIdentifier) of 20 or 32 bytes.
 */
export function isThumbprint(text: string): boolean {
  const compact = text.replace(/[\s:]/g, '');
  return (
    /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(compact) ||
    /^([A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=)$/.test(compact)
  );
}

/** A tenant id or domain, or a full authority address (an AD FS server's, for on-premise). */
const authoritySchema = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      const parsed = httpsUrlSchema.safeParse(text);
      if (!parsed.success)
        ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? '' });
    } else if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/.test(text))
      ctx.addIssue({
        code: 'custom',
        message:
          'Enter the tenant (its id or domain, e.g. contoso.onmicrosoft.com) or the full authority address, e.g. https://login.microsoftonline.com/contoso.onmicrosoft.com.',
      });
  })
  .transform((text) => text.replace(/\/+$/, ''));

export const dynamicsSettingsSchema = z
  .object({
    deploymentType: z.enum(dynamicsDeploymentTypes).default('webApi'),
    oauthType: z.enum(dynamicsOAuthTypes).default('password'),
    /** The organization's address, e.g. https://myorg.crm.dynamics.com. */
    serverUrl: httpsUrlSchema,
    /** Tenant / authority: where tokens are asked for. */
    authority: authoritySchema,
    /** The application (client) id registered in the tenant. */
    clientId: z
      .string()
      .trim()
      .min(1, 'Enter the client identifier (the application id).')
      .max(255),
    /** Password credentials: the user name the console logs in as. */
    account: z.string().trim().max(255).default(''),
    /** Certificate: the thumbprint the tenant knows the certificate by. */
    customKeyIdentifier: z.string().trim().max(255).default(''),
    /** Certificate: the key's id in the application registration (informational). */
    keyId: z.string().trim().max(255).default(''),
    /** The language of option set labels (Microsoft locale id; 1033 is English). */
    languageCode: z.number().int().min(1).max(99999).default(1033),
  })
  .superRefine((s, ctx) => {
    if (s.deploymentType !== 'webApi')
      ctx.addIssue({ code: 'custom', path: ['deploymentType'], message: retiredDeploymentMessage });
    if (s.oauthType === 'password' && s.account === '')
      ctx.addIssue({
        code: 'custom',
        path: ['account'],
        message: 'Enter the account (user name).',
      });
    if (s.oauthType === 'certificate' && !isThumbprint(s.customKeyIdentifier))
      ctx.addIssue({
        code: 'custom',
        path: ['customKeyIdentifier'],
        message:
          "Enter the certificate's thumbprint: 40 or 64 hexadecimal digits, or its Base64 custom key identifier.",
      });
  });
export type DynamicsSettings = z.output<typeof dynamicsSettingsSchema>;

export const dynamicsSecretNames = ['password', 'privateKey'] as const;
export type DynamicsSecretName = (typeof dynamicsSecretNames)[number];
