import type { ConsoleApp } from '../fixtures/console-app';
import { configureDemoAccount, type DemoAccount } from './demo-account';
import type { MainWindow } from './main-window';

export const demoSalesforce: DemoAccount = {
  name: 'demoSalesforce',
  label: 'Demo Salesforce',
  schema: 'sfdc:sfdcSchemademoSalesforce',
};
/** The account's label, as the CRM connector's "External account" list shows it. */
export const demoSalesforceLabel = demoSalesforce.label;
/** A Salesforce Contact id: the 003 key prefix, 18 characters. */
export const salesforceContactId = /^003[A-Za-z0-9]{15}$/;

/** Configures Demo Salesforce (Contact unless told) and approves its schema at a new log-on. */
export function configureDemoSalesforce(
  app: ConsoleApp,
  main: MainWindow,
  tables: readonly string[] = ['Contact'],
): Promise<void> {
  return configureDemoAccount(app, main, demoSalesforce, tables);
}
