import type { AccountInput, AccountSettings } from '../../../shared/domain/accounts';
import type { OracleApiVersionSetting } from '../../../shared/domain/oracle-account';

/** The Oracle On Demand section of the form while the administrator types. */
export interface OracleDraft {
  account: string;
  serverUrl: string;
  apiVersion: OracleApiVersionSetting;
  timeZone: string;
}

export type OracleField = `oracle.${keyof OracleDraft}`;

export const emptyOracleDraft = (): OracleDraft => ({
  account: '',
  serverUrl: '',
  apiVersion: 'v2.0',
  timeZone: '',
});

export const oracleDraftFrom = (s: AccountSettings['oracle']): OracleDraft => ({ ...s });

export function oracleSettingsInput(
  d: OracleDraft,
): Extract<AccountInput, { type: 'oracle' }>['oracle'] {
  return { ...d };
}
