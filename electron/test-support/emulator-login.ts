import type { SalesforceLogin } from '../connectors/salesforce/salesforce-connector';
import { salesforceDemoLogin } from '../connectors/salesforce/salesforce-kind';
import type { SalesforceEmulator } from '../../emulators/salesforce/emulator';

/** The login the Salesforce connector uses against an emulator the test started. */
export function emulatorLogin(emulator: SalesforceEmulator, apiVersion = '49.0'): SalesforceLogin {
  return salesforceDemoLogin(
    { url: emulator.loginUrl, credentials: { ...emulator.credentials } },
    apiVersion,
  );
}
