import { expect, test } from '../fixtures/console-test';
import { salesforceEmulatorCredentials } from '../fixtures/salesforce-emulator-credentials';
import { ExternalAccountsView } from '../pages/accounts-view';
import { setUpAndLogOn } from '../pages/first-steps';

const httpsOnly =
  'Only https:// addresses are accepted (not http://): the connection must be encrypted.';
const wrongPassword = 'Wr0ng-but-secret-pass';

test('Demo Salesforce works out of the box; a new account refuses http://, keeps secrets write-only and shows the CRM’s refusal', async ({
  consoleApp,
}) => {
  await setUpAndLogOn(consoleApp);
  const accounts = await new ExternalAccountsView(consoleApp.page).show();
  let instanceUrl = '';

  await test.step('the Demo Salesforce account tests its connection: organization, user, instance', async () => {
    await expect(accounts.row('demoSalesforce')).toContainText('Demo Salesforce');
    await accounts.open('demoSalesforce');
    await expect(accounts.demoNote).toContainText('informational');
    await expect(accounts.configStatus).toHaveText('Please configure the external account.');
    await expect(accounts.syncLink).toBeDisabled();
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('organization')).toHaveText(/^00D\w+$/);
    await expect(accounts.testFact('api-version')).toHaveText('49.0');
    instanceUrl = await accounts.testFact('instance').innerText();
    expect(instanceUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  // The org behind the Demo account, logged in to as an ordinary account would be.
  const org = await salesforceEmulatorCredentials(consoleApp.dataDir);

  await test.step('an http:// Server URL is refused under the field, and nothing is saved', async () => {
    await accounts.startNew();
    await accounts.fill({
      label: 'Salesforce CRM',
      name: 'salesforceCRM',
      account: org.username,
      clientId: org.clientId,
      password: wrongPassword,
      clientSecret: org.clientSecret,
      securityToken: org.securityToken,
      serverUrl: instanceUrl.replace('https://', 'http://'),
    });
    await accounts.save();
    await expect(accounts.serverUrlError).toHaveText(httpsOnly);
    await expect(accounts.formError).toBeVisible();
    await expect(accounts.row('salesforceCRM')).toHaveCount(0);
  });

  await test.step('with https:// it saves; the secrets show as set, never their value', async () => {
    await accounts.serverUrl.fill(instanceUrl);
    await expect(accounts.serverUrlError).toHaveCount(0);
    await accounts.saveAndConfirm('salesforceCRM');
    await expect(accounts.row('salesforceCRM')).toContainText('Salesforce.com');
    await expect(accounts.password.state).toHaveText('Set');
    await expect(accounts.securityToken.state).toHaveText('Set');
    await expect(accounts.clientSecret.state).toHaveText('Set');
    await expect(accounts.password.input).toHaveValue('');
    await expect(accounts.securityToken.input).toHaveValue('');
    const values = await consoleApp.page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    for (const secret of [wrongPassword, org.clientSecret, org.securityToken]) {
      expect(values).not.toContain(secret);
      await expect(consoleApp.page.locator('body')).not.toContainText(secret);
    }
  });

  await test.step('Test connection shows the CRM’s own refusal of a wrong password', async () => {
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'failed');
    await expect(accounts.testResult).toContainText(
      'Salesforce refused the login: authentication failure (invalid_grant).',
    );
  });

  await test.step('with the right password (changed, not shown) the connection works', async () => {
    await accounts.password.type(org.password);
    await accounts.saveAndConfirm('salesforceCRM');
    await expect(accounts.password.input).toHaveValue('');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('user')).not.toBeEmpty();
    await expect(accounts.testFact('instance')).toHaveText(instanceUrl);
  });

  await test.step('clear a secret; disable, then delete the account', async () => {
    await accounts.securityToken.clear.click();
    await expect(accounts.securityToken.state).toHaveText('Cleared on save');
    await accounts.saveAndConfirm('salesforceCRM');
    await expect(accounts.securityToken.state).toHaveText('Not set');
    await expect(accounts.password.state).toHaveText('Set');

    await accounts.toggleEnabled('salesforceCRM');
    await expect(accounts.toast("External account 'Salesforce CRM' disabled.")).toBeVisible();
    await expect(accounts.form.getByTestId('account-enabled')).not.toBeChecked();
    await expect(accounts.wizardLink).toBeDisabled();

    await accounts.form.getByTestId('account-delete').click();
    await expect(consoleApp.page.getByTestId('confirm-delete-message')).toContainText(
      'salesforceCRM',
    );
    await accounts.confirmDeletion();
    await expect(accounts.toast("External account 'salesforceCRM' deleted.")).toBeVisible();
    await expect(accounts.row('salesforceCRM')).toHaveCount(0);
    await expect(accounts.row('demoSalesforce')).toBeVisible();
  });
});
