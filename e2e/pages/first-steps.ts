import type { ConsoleApp } from '../fixtures/console-app';
import { FirstStartScreen } from './first-start-screen';
import { adminPassword, instanceName } from './instance';
import { LogonScreen } from './logon-screen';
import { MainWindow } from './main-window';

export { adminPassword, instanceName };

/** What every spec does first on a fresh data folder: create the instance and log on. */
export async function setUpAndLogOn(app: ConsoleApp): Promise<MainWindow> {
  await new FirstStartScreen(app.page).createInstance(instanceName, adminPassword);
  await new LogonScreen(app.page).logOn(adminPassword);
  const main = new MainWindow(app.page);
  await main.expectLoggedOn('admin', instanceName);
  return main;
}
