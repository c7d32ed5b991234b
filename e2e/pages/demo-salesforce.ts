import { expect } from '@playwright/test';
import type { ConsoleApp } from '../fixtures/console-app';
import { ExternalAccountsView } from './accounts-view';
import { adminPassword } from './instance';
import { LogonScreen } from './logon-screen';
import type { MainWindow } from './main-window';

const demoAccount = 'demoSalesforce';
/** The account's label, as the CRM connector's "External account" list shows it. */
export const demoSalesforceLabel = 'Demo Salesforce';
/** A Salesforce Contact id: the 003 key prefix, 18 characters. */
export const salesforceContactId = /^003[A-Za-z0-9]{15}$/;
const demoSchema = 'sfdc:sfdcSchemademoSalesforce';

/**
 * Configures the Demo Salesforce account with the wizard (the tables given selected), then
 * logs off and on so that its schema is approved: what a workflow on the CRM needs first.
 */
export async function configureDemoSalesforce(
  app: ConsoleApp,
  main: MainWindow,
  tables: readonly string[] = ['Contact'],
): Promise<void> {
  const accounts = await new ExternalAccountsView(app.page).show();
  const wizard = accounts.wizard;
  await accounts.open(demoAccount);
  await accounts.openWizard();
  await wizard.recoverTables();
  await wizard.next();
  await wizard.select(...tables);
  await wizard.next();
  await wizard.createSchema('succeeded');
  await wizard.close();
  await main.logOff();
  await new LogonScreen(app.page).logOn(adminPassword);
  await expect(
    main.toast(`Schema '${demoSchema}' approved: ${tables.length} table(s) ready.`),
  ).toBeVisible();
}
