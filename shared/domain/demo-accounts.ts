import type { SalesforceSettings } from './accounts';

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
