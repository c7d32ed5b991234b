import type { AccountType } from '../../shared/domain/accounts';
import type { DemoEndpoint, DemoLogins } from '../connectors/crm-kind';
import { trustAuthority } from '../connectors/tls-trust';
import {
  startDemoEmulator,
  type DemoEmulator,
  type DemoEmulatorOptions,
} from '../../emulators/demo-emulators';

export {
  isLatencyName,
  latencyNames,
  type LatencyName,
} from '../../emulators/framework/latency/profile';

/**
 * The CRM emulators behind the built-in Demo accounts, each started the first time its Demo
 * account is used and kept until the console stops. Their CA is trusted, with verification on.
 */
export class DemoEmulators implements DemoLogins {
  private readonly starting = new Map<AccountType, Promise<DemoEmulator>>();

  constructor(private readonly options: DemoEmulatorOptions) {}

  async endpoint(type: AccountType): Promise<DemoEndpoint> {
    const { url, credentials } = await this.emulator(type);
    return { url, credentials };
  }

  /** The running emulator of a kind, started if need be (tests arm its faults). */
  emulator(type: AccountType): Promise<DemoEmulator> {
    let start = this.starting.get(type);
    if (!start) {
      start = startDemoEmulator(type, this.options).then(
        (emulator) => {
          trustAuthority(emulator.caPem);
          return emulator;
        },
        (error: unknown) => {
          this.starting.delete(type);
          throw error;
        },
      );
      this.starting.set(type, start);
    }
    return start;
  }

  async close(): Promise<void> {
    const running = [...this.starting.values()];
    this.starting.clear();
    await Promise.all(running.map(async (start) => (await start).close()));
  }
}
