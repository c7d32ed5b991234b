import { z } from 'zod';
import type { OracleSettings } from '../../../shared/domain/oracle-account';
import type { ConnectorAccess, CrmKind, DemoEndpoint } from '../crm-kind';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import { oracleCapabilities, OracleConnector, type OracleConnection } from './oracle-connector';
import { oracleCriteria } from './oracle-criteria';
import { oracleObjects } from './oracle-catalog';

const demoCredentialsSchema = z.object({
  username: z.string(),
  password: z.string(),
  timeZone: z.string().optional(),
});

/** The connection to an Oracle emulator: the Demo account's, with the emulator's user. */
export function oracleDemoConnection(
  endpoint: DemoEndpoint,
  settings: OracleSettings,
): OracleConnection {
  const parsed = demoCredentialsSchema.safeParse(endpoint.credentials);
  if (!parsed.success)
    throw new CrmError(msg('messages:connectors.demoCredentials', { crm: 'Oracle On Demand' }));
  return {
    login: {
      serverUrl: endpoint.url,
      username: parsed.data.username,
      password: parsed.data.password,
    },
    version: settings.apiVersion,
    timeZone: settings.timeZone || null,
  };
}

function accountConnection(settings: OracleSettings, access: ConnectorAccess): OracleConnection {
  if (access.kind === 'demo') return oracleDemoConnection(access.endpoint, settings);
  const password = access.secrets.password;
  if (!password) throw new CrmError(msg('messages:connectors.oracle.enterPassword'));
  return {
    login: { serverUrl: settings.serverUrl, username: settings.account, password },
    version: settings.apiVersion,
    timeZone: settings.timeZone || null,
  };
}

/** Every standard object's fields, for showing a filter without a login. */
const catalogFields = new Map(oracleObjects.flatMap((o) => o.fields.map((f) => [f.name, f])));

export const oracleKind: CrmKind<'oracle'> = {
  type: 'oracle',
  capabilities: (settings) => oracleCapabilities(settings.apiVersion),
  // The editor shows what v2.0 sends, dates in UTC: the CRM user's zone is known at login only.
  filterQuery: (node, _fields, values) => {
    const criteria = oracleCriteria({
      table: 'the remote object',
      fields: catalogFields,
      filter: { node, values },
      idField: 'Id',
      timeZone: 'UTC',
      version: 'v2.0',
    });
    return criteria.kind === 'searchspec'
      ? `searchspec: ${criteria.text}`
      : [...criteria.expressions]
          .map(([field, expression]) => `${field}: ${expression}`)
          .join('; ');
  },
  connect: async (settings, access) => OracleConnector.connect(accountConnection(settings, access)),
};
