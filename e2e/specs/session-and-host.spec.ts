import { e2eTarget, expect, test } from '../fixtures/console-test';
import { ConsoleWindow } from '../pages/console-window';
import { FirstStartScreen } from '../pages/first-start-screen';
import { adminPassword, instanceName, setUpAndLogOn } from '../pages/first-steps';
import { LogonScreen } from '../pages/logon-screen';

test('a log off from outside the window (the app menu) brings back the logon screen', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  await main.openOptions();
  await consoleApp.logOffFromOutside();
  await main.expectState('logon');
  await expect(new LogonScreen(consoleApp.page).operator).toHaveValue('admin');
});

test('repeated wrong passwords lock the logon for a while, with a countdown', async ({
  consoleApp,
}) => {
  const { page } = consoleApp;
  await new FirstStartScreen(page).createInstance(instanceName, adminPassword);
  const logon = new LogonScreen(page);
  // The service lets five wrong passwords in a row through, then refuses logon for a while.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await logon.attempt('wrong-password');
    await expect(logon.error).toHaveText('Unknown operator or wrong password.');
  }
  await logon.attempt(adminPassword);
  await expect(logon.error).toContainText(/Try again in \d+ seconds\./);
  await expect(logon.submit).toBeDisabled();
  await new ConsoleWindow(page).expectState('logon');
});

test.describe('browser host', () => {
  test.skip(e2eTarget === 'electron', 'The Electron app has no HTTP API.');

  test('refuses an API call without its token, or with a wrong one', async ({
    consoleApp,
    request,
  }) => {
    const url = `${consoleApp.origin}/api/invoke/session.status`;
    const withoutToken = await request.post(url, { data: {} });
    expect(withoutToken.status()).toBe(401);
    const wrongToken = await request.post(url, {
      data: {},
      headers: { 'x-console-token': 'x'.repeat(32) },
    });
    expect(wrongToken.status()).toBe(401);
  });

  test('an address with an old token says so on the whole window', async ({ consoleApp }) => {
    const { page } = consoleApp;
    await page.goto(`${consoleApp.origin}/?token=${'x'.repeat(32)}`);
    await expect(page.getByTestId('app')).toHaveAttribute('data-app-state', 'expired');
    await expect(page.getByTestId('expired-screen')).toContainText(
      'This console address is no longer valid. Start the console again and open the address it prints.',
    );
    await expect(page).not.toHaveURL(/token=/);
  });
});
