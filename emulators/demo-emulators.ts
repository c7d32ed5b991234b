import type { AccountType } from '../shared/domain/accounts';
import type { Clock } from '../electron/core/clock';
import type { FaultSwitchboard } from './framework/faults';
import { startDynamicsEmulator } from './dynamics/emulator';
import { startOracleEmulator } from './oracle/emulator';
import { startSalesforceEmulator } from './salesforce/emulator';

/** A running emulator, as a Demo account sees it. */
export interface DemoEmulator {
  url: string;
  credentials: Readonly<Record<string, string>>;
  /** The CA that signed its certificate, to trust with verification on. */
  caPem: string;
  /** Faults to arm on its routes (tests). */
  faults: FaultSwitchboard;
  close(): Promise<void>;
}

export interface DemoEmulatorOptions {
  dataDir: string;
  /** Records per object. */
  records: number;
  clock: Clock;
}

type Starter = (options: DemoEmulatorOptions) => Promise<DemoEmulator>;

/** The emulator of each CRM kind: a new kind is its folder plus one line here. */
const starters: { readonly [T in AccountType]: Starter } = {
  salesforce: async (options) => {
    const sf = await startSalesforceEmulator({ ...options, persistWrites: true });
    const { loginUrl: url, credentials, caPem, faults, close } = sf;
    return { url, credentials: { ...credentials }, caPem, faults, close };
  },
  dynamics: async (options) => {
    const dyn = await startDynamicsEmulator({ ...options, persistWrites: true });
    const { serverUrl: url, authority, credentials, caPem, faults, close } = dyn;
    const { clientId, username, password } = credentials;
    return { url, credentials: { authority, clientId, username, password }, caPem, faults, close };
  },
  oracle: async (options) => {
    const ora = await startOracleEmulator({ ...options, persistWrites: true });
    const { serverUrl: url, credentials, timeZone, caPem, faults, close } = ora;
    return { url, credentials: { ...credentials, timeZone }, caPem, faults, close };
  },
};

export function startDemoEmulator(
  type: AccountType,
  options: DemoEmulatorOptions,
): Promise<DemoEmulator> {
  return starters[type](options);
}
