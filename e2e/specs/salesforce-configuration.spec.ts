import { expect, test } from '../fixtures/console-test';
import { ExternalAccountsView } from '../pages/accounts-view';
import { SourceSchemasSection } from '../pages/accounts-source-schemas';
import { adminPassword, setUpAndLogOn } from '../pages/first-steps';
import { LogonScreen } from '../pages/logon-screen';

const schema = 'sfdc:sfdcSchemademoSalesforce';
const multiSelectRefusal =
  'Multi-select picklists are not supported: a console enumeration holds one value per record.';

test('configure Demo Salesforce: wizard, pending schema, approval at log-on, enumeration sync', async ({
  consoleApp,
}) => {
  // The schema job and the emulator's first start take a few seconds each.
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  const accounts = new ExternalAccountsView(consoleApp.page);
  const wizard = accounts.wizard;
  const sourceSchemas = new SourceSchemasSection(consoleApp.page);

  await test.step('wizard step 1: Start recovers the tables of the CRM', async () => {
    await accounts.show();
    await accounts.open('demoSalesforce');
    await expect(accounts.syncLink).toBeDisabled();
    await accounts.openWizard();
    await expect(wizard.dialog).toContainText('Salesforce configuration wizard');
    await expect(wizard.footerButton('Next >')).toBeDisabled();
    await wizard.recoverTables();
    await wizard.next();
  });

  await test.step('step 2: select Contact, Account and the custom Loyalty__c', async () => {
    await expect(wizard.dialog.getByRole('columnheader')).toHaveText([
      'Table label',
      'Table internal name',
      'Selected',
    ]);
    await expect(wizard.selectedCount).toHaveText(/^0 of \d+ selected$/);
    await wizard.allTables.locator('..').click();
    await expect(wizard.selectedCount).toHaveText(/^(\d+) of \1 selected$/);
    await wizard.allTables.locator('..').click();
    await expect(wizard.selectedCount).toHaveText(/^0 of \d+ selected$/);
    await wizard.select('Contact', 'Account', 'Loyalty__c');
    expect((await wizard.selectedTables()).sort()).toEqual(['Account', 'Contact', 'Loyalty__c']);
    await wizard.next();
  });

  await test.step('step 3: Start shows the log lines, warnings marked, elapsed time and the end', async () => {
    await wizard.createSchema('succeeded');
    const lines = await wizard.logTexts();
    expect(lines).toContainEqual({
      level: 'info',
      text: "Discovering table structure 'Contact'.",
    });
    expect(lines).toContainEqual({
      level: 'warning',
      text: "For table 'Account', unable to use type 'address' of field 'BillingAddress'.",
    });
    expect(lines.slice(-4).map((l) => l.text)).toEqual([
      `Generating schema '${schema}'...`,
      `Schema '${schema}' generated.`,
      'Finished retrieving the table definitions.',
      'Please log out and log in again to approve configuration.',
    ]);
    await expect(wizard.elapsed).toHaveText(/^\d+:\d\d$/);
    await expect(wizard.remaining).toHaveText('0:00');
    await expect(wizard.footerButton('< Previous')).toBeEnabled();
    await wizard.close();
    await expect(accounts.configStatus).toContainText('The external account has been configured.');
    await expect(accounts.configStatus.getByTestId('schema-status')).toHaveAttribute(
      'data-status',
      'pending',
    );
    await expect(accounts.syncLink).toBeEnabled();
  });

  await test.step('Data schemas lists the source schema as pending, marked in the explorer', async () => {
    await main.openDataSchemas();
    await expect(main.page.getByTestId('explorer-pending-schemas')).toHaveText('1');
    await expect(sourceSchemas.status(schema)).toHaveAttribute('data-status', 'pending');
    await expect(sourceSchemas.status(schema)).toHaveText(
      'Pending approval — log off and log on to approve',
    );
  });

  await test.step('log off and on: the schema is approved and its tables exist', async () => {
    await main.logOff();
    await new LogonScreen(consoleApp.page).logOn(adminPassword);
    await expect(main.toast(`Schema '${schema}' approved: 3 table(s) ready.`)).toBeVisible();
    await main.openDataSchemas();
    await expect(sourceSchemas.status(schema)).toHaveAttribute('data-status', 'approved');
    await expect(main.page.getByTestId('explorer-pending-schemas')).toHaveCount(0);
    await sourceSchemas.open(schema);
    await expect(sourceSchemas.xml).toContainText('<element name="Contact"');
    await expect(sourceSchemas.detailTables).toHaveCount(3);
    const contactTable = await sourceSchemas.detail
      .locator('[data-testid="source-schema-table"][data-name="Contact"] td')
      .nth(1)
      .innerText();
    await expect(main.dataSchemas.row(contactTable.trim())).toBeVisible();
  });

  await test.step('enumerations to merge into and to replace, created beforehand', async () => {
    const enumerations = await main.openEnumerations();
    await enumerations.startNew();
    await enumerations.name.fill('salutation');
    await enumerations.label.fill('Salutation');
    await enumerations.addValue('Mr.', 'Mister');
    await enumerations.addValue('Sir', 'Sir');
    await enumerations.saveAndConfirm('salutation');
    await enumerations.startNew();
    await enumerations.name.fill('rating');
    await enumerations.label.fill('Rating');
    await enumerations.addValue('Hot', 'Hot');
    await enumerations.addValue('Lukewarm', 'Lukewarm');
    await enumerations.saveAndConfirm('rating');
  });

  const sync = accounts.sync;
  await test.step('Synchronizing enumerations: the multi-select picklist is refused with its reason', async () => {
    await accounts.show();
    await accounts.open('demoSalesforce');
    await accounts.openSync();
    await expect(sync.dialog).toContainText('Add values or replace existing enumerations');
    const programs = sync.row('Loyalty__c.Programs__c');
    await expect(programs).toHaveAttribute('data-refused', 'true');
    await expect(programs.getByTestId('sync-row-refusal')).toHaveText(multiSelectRefusal);
    await expect(programs.getByRole('checkbox')).toBeDisabled();
    await expect(sync.dialog.getByTestId('sync-next')).toBeDisabled();
  });

  await test.step('merge Salutation, replace Rating, create Lead Source; Next shows the plan', async () => {
    await sync.include('Contact.Salutation');
    await sync.pickExisting('Contact.Salutation', 'salutation');
    await sync.include('Account.Rating', { target: 'rating', replace: true });
    await sync.include('Contact.LeadSource');
    await expect(sync.target('Contact.LeadSource')).toHaveValue('Contact_LeadSource');
    await sync.next();
    await expect(sync.previewRows).toHaveCount(3);
    expect(await sync.previewValues('Contact.Salutation', 'added')).toEqual([
      'Ms.',
      'Mrs.',
      'Dr.',
      'Prof.',
      'Mx.',
    ]);
    expect(await sync.previewValues('Contact.Salutation', 'kept')).toEqual(['Mr.', 'Sir']);
    expect(await sync.previewValues('Contact.Salutation', 'removed')).toEqual([]);
    expect(await sync.previewValues('Account.Rating', 'added')).toEqual(['Warm', 'Cold']);
    expect(await sync.previewValues('Account.Rating', 'kept')).toEqual(['Hot']);
    expect(await sync.previewValues('Account.Rating', 'removed')).toEqual(['Lukewarm']);
    expect(await sync.previewValues('Contact.LeadSource', 'added')).toHaveLength(5);
  });

  await test.step('Start applies; Enumerations shows the values', async () => {
    await sync.start();
    await expect(main.toast('3 enumerations synchronized.')).toBeVisible();
    await sync.showEnumerations();
    const enumerations = main.enumerations;
    await expect(enumerations.valueCount('salutation')).toHaveText('7');
    await expect(enumerations.valueCount('rating')).toHaveText('3');
    await expect(enumerations.valueCount('Contact_LeadSource')).toHaveText('5');
    await enumerations.open('rating');
    expect((await enumerations.readValues()).map((v) => v.value)).toEqual(['Hot', 'Warm', 'Cold']);
  });
});
