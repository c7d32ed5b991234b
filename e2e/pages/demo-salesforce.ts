import type { ConsoleApp } from '../fixtures/console-app';
import { configureDemoAccount } from './demo-account';
import type { MainWindow } from './main-window';

const demoAccount = 'demoSalesforce';
/** The account's label, as the CRM connector's "External account" list shows it. */
export const demoSalesforceLabel = 'Demo Salesforce';
/** A Salesforce Contact id: the 003 key prefix, 18 characters. */
export const salesforceContactId = /^003[A-Za-z0-9]{15}$/;
const demoSchema = 'sfdc:sfdcSchemademoSalesforce';

/** Demo Salesforce configured with the tables given, its schema approved. */
export function configureDemoSalesforce(
  app: ConsoleApp,
  main: MainWindow,
  tables: readonly string[] = ['Contact'],
): Promise<void> {
  return configureDemoAccount(app, main, { account: demoAccount, schema: demoSchema }, tables);
}
