import type {
  AccountSettings,
  AccountInput,
  salesforceApiVersions,
} from '../../../shared/domain/accounts';

export type SalesforceApiVersion = (typeof salesforceApiVersions)[number];

/** The Salesforce.com section of the form while the administrator types. */
export interface SalesforceDraft {
  account: string;
  clientId: string;
  apiVersion: SalesforceApiVersion;
  sandbox: boolean;
  serverUrl: string;
}

export type SalesforceField = `salesforce.${keyof SalesforceDraft}`;

export const emptySalesforceDraft = (): SalesforceDraft => ({
  account: '',
  clientId: '',
  apiVersion: '49.0',
  sandbox: false,
  serverUrl: '',
});

export const salesforceDraftFrom = (s: AccountSettings['salesforce']): SalesforceDraft => ({
  account: s.account,
  clientId: s.clientId,
  apiVersion: s.apiVersion,
  sandbox: s.sandbox,
  serverUrl: s.serverUrl ?? '',
});

/** An empty Server URL is left out, so that the production or test host is used. */
export function salesforceSettingsInput(
  d: SalesforceDraft,
): Extract<AccountInput, { type: 'salesforce' }>['salesforce'] {
  const serverUrl = d.serverUrl.trim();
  return {
    account: d.account,
    clientId: d.clientId,
    apiVersion: d.apiVersion,
    sandbox: d.sandbox,
    ...(serverUrl ? { serverUrl } : {}),
  };
}
