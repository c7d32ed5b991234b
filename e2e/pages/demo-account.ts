import { expect } from '@playwright/test';
import type { ConsoleApp } from '../fixtures/console-app';
import { ExternalAccountsView } from './accounts-view';
import { adminPassword } from './instance';
import { LogonScreen } from './logon-screen';
import type { MainWindow } from './main-window';

/** A built-in Demo account, and the source schema its wizard generates. */
export interface DemoAccount {
  name: string;
  /** As the CRM connector's "External account" list shows it. */
  label: string;
  schema: string;
}

/**
 * Configures a Demo account with the wizard (the tables given selected), then logs off and on
 * so that its schema is approved: what a workflow on the CRM needs first.
 */
export async function configureDemoAccount(
  app: ConsoleApp,
  main: MainWindow,
  demo: DemoAccount,
  tables: readonly string[],
): Promise<void> {
  const accounts = await new ExternalAccountsView(app.page).show();
  const wizard = accounts.wizard;
  await accounts.open(demo.name);
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
    main.toast(`Schema '${demo.schema}' approved: ${tables.length} table(s) ready.`),
  ).toBeVisible();
}
