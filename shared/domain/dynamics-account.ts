import { z } from 'zod';
import { msg } from '../i18n/message';
import { customIssue, said } from '../validation-messages';
import { messageOfIssue } from '../errors';
import { httpsUrlSchema } from './https-url';

/** The reference's three deployment types; only Web API is still served. */
export const dynamicsDeploymentTypes = ['webApi', 'onPremise', 'office365'] as const;
export type DynamicsDeploymentType = (typeof dynamicsDeploymentTypes)[number];

export const dynamicsDeploymentLabels: Record<DynamicsDeploymentType, string> = {
  webApi: 'Web API',
  onPremise: 'On-premise',
  office365: 'Office 365',
};

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
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      if (issue) {
        const message = messageOfIssue(issue);
        ctx.addIssue(message ? customIssue(message) : { code: 'custom', message: issue.message });
      }
    } else if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/.test(text))
      ctx.addIssue(customIssue(msg('messages:input.tenant')));
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
      .min(1, said(msg('messages:input.clientId')))
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
      // The two older types connected through the SOAP endpoint withdrawn in 2021.
      ctx.addIssue(customIssue(msg('messages:input.retiredDeployment'), ['deploymentType']));
    if (s.oauthType === 'password' && s.account === '')
      ctx.addIssue(customIssue(msg('messages:input.enterAccountUser'), ['account']));
    if (s.oauthType === 'certificate' && !isThumbprint(s.customKeyIdentifier))
      ctx.addIssue(customIssue(msg('messages:input.thumbprint'), ['customKeyIdentifier']));
  });
export type DynamicsSettings = z.output<typeof dynamicsSettingsSchema>;

export const dynamicsSecretNames = ['password', 'privateKey'] as const;
export type DynamicsSecretName = (typeof dynamicsSecretNames)[number];
