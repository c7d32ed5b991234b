import type { AccountSettings, AccountType } from '../../shared/domain/accounts';
import type { CrmField } from '../../shared/domain/crm';
import type { CrmFilterNode, RightHandValues } from '../../shared/domain/crm-filter';
import type { Clock } from '../core/clock';
import type { Connector, ConnectorCapabilities } from './connector';

/** Where a kind's Demo account reaches its emulator, and the credentials the emulator made. */
export interface DemoEndpoint {
  url: string;
  credentials: Readonly<Record<string, string>>;
}

/**
 * The emulators behind the Demo accounts, as the console reaches them: provided by the
 * composition root, so that no service or connector imports an emulator.
 */
export interface DemoLogins {
  endpoint(type: AccountType): Promise<DemoEndpoint>;
}

/** How a connector logs in: an account's own secrets, or its kind's Demo emulator. */
export type ConnectorAccess =
  | { kind: 'secrets'; secrets: Readonly<Record<string, string | null>> }
  | { kind: 'demo'; endpoint: DemoEndpoint };

/**
 * One CRM kind, as the console knows it: what an account of it allows (known from its settings,
 * without a login) and how to open its connector. Each kind's folder exports one; `registry.ts`
 * lists them.
 */
export interface CrmKind<T extends AccountType> {
  readonly type: T;
  capabilities(settings: AccountSettings[T]): ConnectorCapabilities;
  /** A filter that passed `checkCrmFilter`, in the CRM's query language (the editor shows it). */
  filterQuery(
    node: CrmFilterNode,
    fields: ReadonlyMap<string, CrmField>,
    values: RightHandValues,
  ): string;
  connect(settings: AccountSettings[T], access: ConnectorAccess, clock: Clock): Promise<Connector>;
}
