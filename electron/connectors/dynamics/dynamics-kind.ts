import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import type { DynamicsSettings } from '../../../shared/domain/dynamics-account';
import { msg } from '../../../shared/i18n/message';
import type { ConnectorAccess, CrmKind, DemoEndpoint } from '../crm-kind';
import { CrmError } from '../crm-error';
import { dynamicsCapabilities } from './dynamics-capabilities';
import { DynamicsConnector, type DynamicsLogin } from './dynamics-connector';
import { toODataFilter } from './odata-filter';

const demoCredentialsSchema = z.object({
  authority: z.string(),
  clientId: z.string(),
  username: z.string(),
  password: z.string(),
});

/** The login against a Dynamics emulator: the Demo account's, and the tests'. */
export function dynamicsDemoLogin(endpoint: DemoEndpoint): DynamicsLogin {
  const parsed = demoCredentialsSchema.safeParse(endpoint.credentials);
  if (!parsed.success)
    throw new CrmError(msg('messages:connectors.demoCredentials', { crm: 'Dynamics' }));
  const c = parsed.data;
  return {
    serverUrl: endpoint.url,
    authority: c.authority,
    clientId: c.clientId,
    scope: `${endpoint.url}/.default`,
    credentials: { kind: 'password', username: c.username, password: c.password },
    languageCode: 1033,
  };
}

/** Microsoft's cloud for a bare tenant (id or domain); a full address is used as it is. */
export function authorityUrl(authority: string): string {
  return /^https:\/\//i.test(authority)
    ? authority
    : `https://login.microsoftonline.com/${authority}`;
}

/** Hex, upper case, from the hex or Base64 forms the form accepts. */
export function thumbprintHex(text: string): string {
  const compact = text.replace(/[\s:]/g, '');
  return /^[0-9a-f]+$/i.test(compact) && compact.length !== 44
    ? compact.toUpperCase()
    : Buffer.from(compact, 'base64').toString('hex').toUpperCase();
}

/** A PEM key as pasted, or its Base64 body alone (the reference's "Base64 encoded"). */
export function privateKeyPem(text: string): string {
  const pem = text.includes('-----BEGIN')
    ? text
    : `-----BEGIN PRIVATE KEY-----\n${text.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`;
  try {
    return createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    throw new CrmError(msg('messages:connectors.dynamics.unreadableKey'));
  }
}

function accountLogin(settings: DynamicsSettings, access: ConnectorAccess): DynamicsLogin {
  if (access.kind === 'demo') return dynamicsDemoLogin(access.endpoint);
  const { password, privateKey } = access.secrets;
  const common = {
    serverUrl: settings.serverUrl,
    authority: authorityUrl(settings.authority),
    clientId: settings.clientId,
    scope: `${settings.serverUrl}/.default`,
    languageCode: settings.languageCode,
  };
  if (settings.oauthType === 'password') {
    if (!password) throw new CrmError(msg('messages:connectors.dynamics.enterPassword'));
    return {
      ...common,
      credentials: { kind: 'password', username: settings.account, password },
    };
  }
  if (!privateKey) throw new CrmError(msg('messages:connectors.dynamics.enterPrivateKey'));
  return {
    ...common,
    credentials: {
      kind: 'certificate',
      thumbprint: thumbprintHex(settings.customKeyIdentifier),
      privateKey: privateKeyPem(privateKey),
    },
  };
}

export const dynamicsKind: CrmKind<'dynamics'> = {
  type: 'dynamics',
  capabilities: () => dynamicsCapabilities,
  filterQuery: toODataFilter,
  connect: async (settings, access, clock) =>
    DynamicsConnector.connect(accountLogin(settings, access), clock),
};
