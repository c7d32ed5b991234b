import { z } from 'zod';
import type { SalesforceSettings } from '../../../shared/domain/accounts';
import { msg } from '../../../shared/i18n/message';
import type { ConnectorAccess, CrmKind, DemoEndpoint } from '../crm-kind';
import { CrmError } from '../crm-error';
import {
  SalesforceConnector,
  salesforceCapabilities,
  type SalesforceLogin,
} from './salesforce-connector';
import { toSoqlWhere } from './soql-filter';

const productionLogin = 'https://login.salesforce.com';
const sandboxLogin = 'https://test.salesforce.com';

const demoCredentialsSchema = z.object({
  username: z.string(),
  password: z.string(),
  securityToken: z.string(),
  clientId: z.string(),
  clientSecret: z.string(),
});

/** The login against a Salesforce emulator: the Demo account's, and the tests'. */
export function salesforceDemoLogin(endpoint: DemoEndpoint, apiVersion: string): SalesforceLogin {
  const parsed = demoCredentialsSchema.safeParse(endpoint.credentials);
  if (!parsed.success)
    throw new CrmError(msg('messages:connectors.demoCredentials', { crm: 'Salesforce' }));
  const c = parsed.data;
  return {
    loginUrl: endpoint.url,
    username: c.username,
    password: c.password + c.securityToken,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    apiVersion,
  };
}

function accountLogin(settings: SalesforceSettings, access: ConnectorAccess): SalesforceLogin {
  if (access.kind === 'demo') return salesforceDemoLogin(access.endpoint, settings.apiVersion);
  const { password, securityToken, clientSecret } = access.secrets;
  return {
    loginUrl: settings.serverUrl ?? (settings.sandbox ? sandboxLogin : productionLogin),
    username: settings.account,
    password: password === undefined || password === null ? null : password + (securityToken ?? ''),
    clientId: settings.clientId,
    clientSecret: clientSecret ?? null,
    apiVersion: settings.apiVersion,
  };
}

export const salesforceKind: CrmKind<'salesforce'> = {
  type: 'salesforce',
  capabilities: () => salesforceCapabilities,
  filterQuery: toSoqlWhere,
  connect: (settings, access, clock) =>
    SalesforceConnector.connect(accountLogin(settings, access), clock),
};
