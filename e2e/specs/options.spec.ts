import { expect, test } from '../fixtures/console-test';
import { FirstStartScreen } from '../pages/first-start-screen';
import { adminPassword, instanceName, setUpAndLogOn } from '../pages/first-steps';
import { LogonScreen } from '../pages/logon-screen';
import { MainWindow } from '../pages/main-window';

const importOption = 'LASTIMPORT_test_import';

test('first start, an import date option, log off and on: the option keeps its value', async ({
  consoleApp,
}) => {
  const { page } = consoleApp;
  const firstStart = new FirstStartScreen(page);
  const logon = new LogonScreen(page);
  const main = new MainWindow(page);

  await test.step('first start refuses two different passwords, then creates the instance', async () => {
    await firstStart.fill(instanceName, adminPassword, `${adminPassword}-typo`);
    await firstStart.submit();
    await expect(firstStart.confirmError).toHaveText('The two passwords differ.');
    await main.expectState('setup');
    await firstStart.createInstance(instanceName, adminPassword);
    await expect(logon.instance).toHaveText(instanceName);
    await expect(logon.operator).toHaveValue('admin');
  });

  await test.step('a wrong password is refused with a visible message', async () => {
    await logon.attempt('not-the-password');
    await expect(logon.error).toHaveText('Unknown operator or wrong password.');
    await main.expectState('logon');
  });

  await test.step('the right password logs on', async () => {
    await logon.logOn(adminPassword);
    await main.expectLoggedOn('admin', instanceName);
  });

  const options = await main.openOptions();
  await test.step('create a Date/time option', async () => {
    await options.create({ name: importOption, type: 'Date/time', value: '2026/11/20 08:30:00' });
    await expect(options.form).toContainText('yyyy/MM/dd hh:mm:ss');
    await options.expectRow(importOption, { type: 'Date/time', value: '2026/11/20 08:30:00' });
  });

  await test.step('a malformed date is refused and changes nothing', async () => {
    await options.fill({ value: '2026-11-20 8:30' });
    await expect(options.valueError).toContainText('yyyy/MM/dd hh:mm:ss');
    await options.save();
    await expect(options.formError).toContainText('The option was not saved');
    await expect(options.form).toBeVisible();
    await options.expectRow(importOption, { value: '2026/11/20 08:30:00' });
    await options.cancel();
  });

  await test.step('log off, log on again: the option is still there', async () => {
    await main.logOff();
    await logon.logOn(adminPassword);
    await main.openOptions();
    await options.expectRow(importOption, { type: 'Date/time', value: '2026/11/20 08:30:00' });
  });
});

test('edit and delete an option; the service refuses a name already used', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const options = await main.openOptions();

  await options.create({
    name: 'NmsBatchSize',
    label: 'Batch size',
    type: 'Integer',
    value: '100',
  });
  await options.create({ name: 'NmsCrmRegion', type: 'Text', value: 'emea' });
  await expect(options.rows).toHaveCount(2);

  await test.step('edit: the label and a value the service makes canonical', async () => {
    await options.open('NmsBatchSize');
    await options.fill({ label: 'Rows per batch', value: '+250' });
    await options.saveAndConfirm('NmsBatchSize');
    await options.expectRow('NmsBatchSize', { label: 'Rows per batch', value: '250' });
    await expect(options.value).toHaveValue('250');
  });

  await test.step('rename to a name in use: refused by the service, nothing changes', async () => {
    await options.fill({ name: 'NMSCRMREGION' });
    await options.save();
    await expect(options.formError).toContainText("Option 'NmsCrmRegion' already exists.");
    await expect(options.nameError).toContainText('already used');
    await expect(options.rows).toHaveCount(2);
    await options.cancel();
  });

  await test.step('delete one option after confirming', async () => {
    await options.deleteRow('NmsBatchSize');
    await expect(options.rows).toHaveCount(1);
    await options.expectRow('NmsCrmRegion', { value: 'emea' });
  });
});

test('what was saved survives a restart of the console on the same data folder', async ({
  consoleApp,
}) => {
  let main = await setUpAndLogOn(consoleApp);
  await (await main.openOptions()).create({ name: 'NmsKept', type: 'Decimal', value: '3.5' });

  await consoleApp.restart();
  // The session lives in the console process: a new process asks for a logon again.
  await new LogonScreen(consoleApp.page).logOn(adminPassword);
  main = new MainWindow(consoleApp.page);
  await main.expectLoggedOn('admin', instanceName);
  await (await main.openOptions()).expectRow('NmsKept', { type: 'Decimal', value: '3.5' });
});
