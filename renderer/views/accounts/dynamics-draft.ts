import type { AccountInput, AccountSettings } from '../../../shared/domain/accounts';
import type {
  DynamicsDeploymentType,
  DynamicsOAuthType,
} from '../../../shared/domain/dynamics-account';

/** The Microsoft Dynamics CRM section of the form while the administrator types. */
export interface DynamicsDraft {
  deploymentType: DynamicsDeploymentType;
  oauthType: DynamicsOAuthType;
  serverUrl: string;
  authority: string;
  clientId: string;
  account: string;
  customKeyIdentifier: string;
  keyId: string;
  languageCode: string;
}

export type DynamicsField = `dynamics.${keyof DynamicsDraft}`;

export const emptyDynamicsDraft = (): DynamicsDraft => ({
  deploymentType: 'webApi',
  oauthType: 'password',
  serverUrl: '',
  authority: '',
  clientId: '',
  account: '',
  customKeyIdentifier: '',
  keyId: '',
  languageCode: '1033',
});

export const dynamicsDraftFrom = (s: AccountSettings['dynamics']): DynamicsDraft => ({
  ...s,
  languageCode: String(s.languageCode),
});

/** The fields of the other O-Auth type are sent empty: an account keeps one way to log in. */
export function dynamicsSettingsInput(
  d: DynamicsDraft,
): Extract<AccountInput, { type: 'dynamics' }>['dynamics'] {
  const password = d.oauthType === 'password';
  const code = d.languageCode.trim();
  return {
    deploymentType: d.deploymentType,
    oauthType: d.oauthType,
    serverUrl: d.serverUrl,
    authority: d.authority,
    clientId: d.clientId,
    account: password ? d.account : '',
    customKeyIdentifier: password ? '' : d.customKeyIdentifier,
    keyId: password ? '' : d.keyId,
    languageCode: /^\d+$/.test(code) ? Number(code) : Number.NaN,
  };
}
