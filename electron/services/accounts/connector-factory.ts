import type { Connector, ConnectorCapabilities } from '../../connectors/connector';
import { CrmError } from '../../connectors/crm-error';
import {
  SalesforceConnector,
  salesforceCapabilities,
  type SalesforceLogin,
} from '../../connectors/salesforce/salesforce-connector';
import { ConsoleError } from '../../app/console-error';
import type { Clock } from '../../core/clock';
import { emulatorLogin, type DemoEmulators } from '../demo/demo-emulators';
import type { AccountsService } from './accounts-service';

const productionLogin = 'https://login.salesforce.com';
const sandboxLogin = 'https://test.salesforce.com';

/** Turns a CRM failure into the error the console shows, with the CRM's own words. */
export async function crmCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CrmError) throw new ConsoleError('CRM_ERROR', error.message);
    throw error;
  }
}

/** Opens the connector of an external account, with its settings and secrets. */
export class ConnectorFactory {
  constructor(
    private readonly accounts: AccountsService,
    private readonly demo: DemoEmulators,
    private readonly clock: Clock,
  ) {}

  async open(name: string): Promise<Connector> {
    const account = this.accounts.get(name);
    if (!account.enabled)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        `External account '${account.label}' is disabled; enable it first.`,
      );
    return crmCall(async () =>
      SalesforceConnector.connect(await this.salesforceLogin(name), this.clock),
    );
  }

  /** What the account's CRM allows, known from its type without a login (the editor's choices). */
  capabilitiesOf(name: string): ConnectorCapabilities {
    const { type } = this.accounts.get(name);
    switch (type) {
      case 'salesforce':
        return salesforceCapabilities;
    }
  }

  /** Opens the account's connector for one piece of work, CRM failures worded, then closes it. */
  async use<T>(name: string, work: (connector: Connector) => Promise<T>): Promise<T> {
    const connector = await this.open(name);
    try {
      return await crmCall(() => work(connector));
    } finally {
      await connector.close();
    }
  }

  private async salesforceLogin(name: string): Promise<SalesforceLogin> {
    const account = this.accounts.get(name);
    const settings = account.salesforce;
    if (account.demo) {
      return emulatorLogin(await this.demo.salesforce(), settings.apiVersion);
    }
    const secrets = await this.accounts.secretsOf(name);
    return {
      loginUrl: settings.serverUrl ?? (settings.sandbox ? sandboxLogin : productionLogin),
      username: settings.account,
      password: secrets.password === null ? null : secrets.password + (secrets.securityToken ?? ''),
      clientId: settings.clientId,
      clientSecret: secrets.clientSecret,
      apiVersion: settings.apiVersion,
    };
  }
}
