import type { CrmTableDescription } from '../../../../../../shared/domain/crm';
import type { Connector } from '../../../../../connectors/connector';
import { SettableClock } from '../../../../../core/clock';
import { SalesforceConnector } from '../../../../../connectors/salesforce/salesforce-connector';
import {
  openSalesforce,
  testAnchor,
  type SalesforceFixture,
} from '../../../../../../emulators/test-support/salesforce';
import type { TestEngine } from '../../../../../test-support/record-stores';
import { emulatorLogin } from '../../../../../test-support/emulator-login';
import { openActivityHarness, type ActivityHarness } from '../../../test-support/activity-harness';

export const account = 'Demo';

/** The emulator, a harness whose Demo account reaches it, and a clock both share. */
export interface CrmFixture {
  salesforce: SalesforceFixture;
  harness: ActivityHarness;
  clock: SettableClock;
  tables: Record<string, CrmTableDescription>;
  connect(): Promise<SalesforceConnector>;
  dispose(): Promise<void>;
}

export async function openCrmFixture(
  options: {
    engine?: TestEngine;
    records?: number;
    wrap?: (c: Connector) => Connector;
    onRequest?: (route: string, phase: 'before' | 'after') => void;
  } = {},
): Promise<CrmFixture> {
  const clock = new SettableClock(testAnchor.getTime());
  const salesforce = await openSalesforce({
    records: options.records ?? 40,
    clock,
    onRequest: options.onRequest,
  });
  const connect = () => SalesforceConnector.connect(emulatorLogin(salesforce.sf), clock);
  const probe = await connect();
  const tables: Record<string, CrmTableDescription> = {};
  for (const name of ['Contact', 'Account', 'Loyalty__c'])
    tables[name] = await probe.describeTable(name);
  const harness = await openActivityHarness({
    engine: options.engine,
    approved: { [account]: Object.values(tables) },
    connector: async () => {
      const connector = await connect();
      return options.wrap ? options.wrap(connector) : connector;
    },
    clock,
  });
  return {
    salesforce,
    harness,
    clock,
    tables,
    connect,
    dispose: async () => {
      await harness.dispose();
      await salesforce.dispose();
    },
  };
}
