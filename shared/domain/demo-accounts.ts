import type { SalesforceSettings } from './accounts';
import type { DynamicsSettings } from './dynamics-account';
import type { OracleSettings } from './oracle-account';

/**
 * The built-in Demo accounts point at the console's own CRM emulators, so that a new user can
 * go through every step without a CRM login. Their address and credentials come from the
 * emulator when it starts; what is stored here is only what the form shows.
 */
export const demoSalesforceAccount = {
  name: 'demoSalesforce',
  label: 'Demo Salesforce',
  type: 'salesforce' as const,
  enabled: true,
  comment: "Points at the console's built-in Salesforce emulator, started on demand.",
  demo: true,
  configured: false,
  salesforce: {
    account: 'admin@demo.crm-console.example',
    clientId: 'demo-console-client',
    apiVersion: '49.0',
    sandbox: false,
  } satisfies SalesforceSettings,
  sealed: { password: null, clientSecret: null, securityToken: null },
};

export const demoDynamicsAccount = {
  name: 'demoDynamics',
  label: 'Demo Dynamics',
  type: 'dynamics' as const,
  enabled: true,
  comment: "Points at the console's built-in Microsoft Dynamics 365 emulator, started on demand.",
  demo: true,
  configured: false,
  dynamics: {
    deploymentType: 'webApi',
    oauthType: 'password',
    serverUrl: 'https://demo.crm.dynamics.example',
    authority: 'demo.onmicrosoft.example',
    clientId: 'demo-console-client',
    account: 'admin@demo.crm-console.example',
    customKeyIdentifier: '',
    keyId: '',
    languageCode: 1033,
  } satisfies DynamicsSettings,
  sealed: { password: null, privateKey: null },
};

export const demoOracleAccount = {
  name: 'demoOracle',
  label: 'Demo Oracle On Demand',
  type: 'oracle' as const,
  enabled: true,
  comment: "Points at the console's built-in Oracle CRM On Demand emulator, started on demand.",
  demo: true,
  configured: false,
  oracle: {
    account: 'CRMCONSOLE-DEMO/ADMIN',
    serverUrl: 'https://demo.crmondemand.example',
    apiVersion: 'v2.0',
    timeZone: '',
  } satisfies OracleSettings,
  sealed: { password: null },
};

/** Every built-in Demo account, one per CRM kind. */
export const demoAccounts = [demoSalesforceAccount, demoDynamicsAccount, demoOracleAccount];
