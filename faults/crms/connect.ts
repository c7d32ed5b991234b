import type { AccountType } from '../../shared/domain/accounts';
import type { Connector } from '../../electron/connectors/connector';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import { DynamicsConnector } from '../../electron/connectors/dynamics/dynamics-connector';
import { dynamicsDemoLogin } from '../../electron/connectors/dynamics/dynamics-kind';
import { oracleDemoConnection } from '../../electron/connectors/oracle/oracle-kind';
import { OracleConnector } from '../../electron/connectors/oracle/oracle-connector';
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

export const connectDynamics: ConnectToEmulator = (endpoint, clock, callDeadlineMs) =>
  DynamicsConnector.connect({ ...dynamicsDemoLogin(endpoint), callDeadlineMs }, clock);

/** Web Services v2.0, the CRM user's time zone read from the CRM, as the Demo account has it. */
export const connectOracle: ConnectToEmulator = (endpoint, _clock, callDeadlineMs) => {
  const connection = oracleDemoConnection(endpoint, {
    account: '',
    serverUrl: endpoint.url,
    apiVersion: 'v2.0',
    timeZone: '',
  });
  return OracleConnector.connect({ ...connection, login: { ...connection.login, callDeadlineMs } });
};

/**
 * How each CRM's connector reaches its emulator. Apart from the emulators' side so that the
 * crash child, bundled on its own, carries no emulator code.
 */
export const connectToEmulator: { readonly [T in AccountType]?: ConnectToEmulator } = {
  salesforce: connectSalesforce,
  dynamics: connectDynamics,
  oracle: connectOracle,
};
