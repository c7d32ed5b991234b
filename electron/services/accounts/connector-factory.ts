import { msg } from '../../../shared/i18n/message';
import {
  settingsOf,
  type AccountSettings,
  type AccountType,
} from '../../../shared/domain/accounts';
import type { CrmField } from '../../../shared/domain/crm';
import type { CrmFilterNode, RightHandValues } from '../../../shared/domain/crm-filter';
import type { Connector, ConnectorCapabilities } from '../../connectors/connector';
import type { ConnectorAccess, DemoLogins } from '../../connectors/crm-kind';
import { CrmError } from '../../connectors/crm-error';
import { crmKinds } from '../../connectors/registry';
import { ConsoleError } from '../../core/console-error';
import type { Clock } from '../../core/clock';
import type { AccountsService } from './accounts-service';

/** Turns a CRM failure into the error the console shows, with the CRM's own words. */
export async function crmCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CrmError)
      throw new ConsoleError('CRM_ERROR', msg('messages:crm.failed', { crmMessage: error.text }));
    throw error;
  }
}

/** Opens a kind's connector: the registry's entry for the type takes that type's settings. */
function connectKind<T extends AccountType>(
  type: T,
  settings: AccountSettings[T],
  access: ConnectorAccess,
  clock: Clock,
): Promise<Connector> {
  return crmKinds[type].connect(settings, access, clock);
}

/** What an account of a kind allows, from its settings: the registry's entry for the type. */
function kindCapabilities<T extends AccountType>(
  type: T,
  settings: AccountSettings[T],
): ConnectorCapabilities {
  return crmKinds[type].capabilities(settings);
}

/** Opens the connector of an external account through its CRM kind, with its settings and secrets. */
export class ConnectorFactory {
  constructor(
    private readonly accounts: AccountsService,
    private readonly demo: DemoLogins,
    private readonly clock: Clock,
  ) {}

  async open(name: string): Promise<Connector> {
    const account = this.accounts.get(name);
    if (!account.enabled)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:accounts.disabled', { label: account.label }),
      );
    return crmCall(async () => {
      const access: ConnectorAccess = account.demo
        ? { kind: 'demo', endpoint: await this.demo.endpoint(account.type) }
        : { kind: 'secrets', secrets: await this.accounts.secretsOf(name) };
      return connectKind(account.type, settingsOf(account), access, this.clock);
    });
  }

  /** What the account's CRM allows, known from its settings without a login (the editor's choices). */
  capabilitiesOf(name: string): ConnectorCapabilities {
    const account = this.accounts.get(name);
    return kindCapabilities(account.type, settingsOf(account));
  }

  /** A filter in the query language of the account's CRM, as the filter editor shows it. */
  filterQuery(
    name: string,
    node: CrmFilterNode,
    fields: ReadonlyMap<string, CrmField>,
    values: RightHandValues,
  ): string {
    return crmKinds[this.accounts.get(name).type].filterQuery(node, fields, values);
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
}
