import type { AccountType } from '../../shared/domain/accounts';
import type { Connector } from '../../electron/connectors/connector';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import { SalesforceConnector } from '../../electron/connectors/salesforce/salesforce-connector';
import { salesforceDemoLogin } from '../../electron/connectors/salesforce/salesforce-kind';
import type { Clock } from '../../electron/core/clock';

/** The API version the Demo account uses. */
const salesforceApiVersion = '62.0';

export type ConnectToEmulator = (
  endpoint: DemoEndpoint,
  clock: Clock,
  /** How long one call may take: a page slower than this is the client's timeout. */
  callDeadlineMs: number,
) => Promise<Connector>;

export const connectSalesforce: ConnectToEmulator = (endpoint, clock, callDeadlineMs) =>
  SalesforceConnector.connect(
    { ...salesforceDemoLogin(endpoint, salesforceApiVersion), callDeadlineMs },
    clock,
  );

/**
 * How each CRM's connector reaches its emulator. Apart from the emulators' side so that the
 * crash child, bundled on its own, carries no emulator code.
 */
export const connectToEmulator: { readonly [T in AccountType]?: ConnectToEmulator } = {
  salesforce: connectSalesforce,
};
