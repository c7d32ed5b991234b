import type { SalesforceLogin } from '../../connectors/salesforce/salesforce-connector';
import { trustAuthority } from '../../connectors/tls-trust';
import type { Clock } from '../../core/clock';
import {
  startSalesforceEmulator,
  type SalesforceEmulator,
} from '../../emulators/salesforce/emulator';

/** The login the Salesforce connector uses against an emulator (the Demo account, tests). */
export function emulatorLogin(emulator: SalesforceEmulator, apiVersion = '49.0'): SalesforceLogin {
  const c = emulator.credentials;
  return {
    loginUrl: emulator.loginUrl,
    username: c.username,
    password: c.password + c.securityToken,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    apiVersion,
  };
}

export interface DemoEmulatorOptions {
  dataDir: string;
  /** Records per object in the demo org. */
  records: number;
  /** The console's clock, so the Demo CRM and the console agree on "now". */
  clock: Clock;
}

/**
 * The CRM emulators behind the built-in Demo accounts, started the first time a Demo account is
 * used and kept until the console stops. Their CA is trusted, with verification on.
 */
export class DemoEmulators {
  private salesforceStart: Promise<SalesforceEmulator> | null = null;

  constructor(private readonly options: DemoEmulatorOptions) {}

  salesforce(): Promise<SalesforceEmulator> {
    this.salesforceStart ??= startSalesforceEmulator({
      dataDir: this.options.dataDir,
      records: this.options.records,
      clock: this.options.clock,
    }).then(
      (emulator) => {
        trustAuthority(emulator.caPem);
        return emulator;
      },
      (error: unknown) => {
        this.salesforceStart = null;
        throw error;
      },
    );
    return this.salesforceStart;
  }

  async close(): Promise<void> {
    const running = this.salesforceStart;
    this.salesforceStart = null;
    if (running) await (await running).close();
  }
}
