import { expect, test } from '../fixtures/console-test';
import { oracleEmulatorCredentials } from '../fixtures/oracle-emulator-credentials';
import { ExternalAccountsView } from '../pages/accounts-view';
import { SourceSchemasSection } from '../pages/accounts-source-schemas';
import {
  demoOracleAccount,
  demoOracleLabel,
  demoOracleSchema,
  newWorkflowOnDemoOracle,
  oracleContactId,
} from '../pages/demo-oracle';
import { buildExportWorkflow } from '../pages/export-workflow';
import { buildImportWorkflow } from '../pages/import-workflow';
import { adminPassword, setUpAndLogOn } from '../pages/first-steps';
import { LogonScreen } from '../pages/logon-screen';

const standardObjectsOnly =
  'Only the objects of the standard Oracle On Demand templates are offered: personalized tables added in Oracle On Demand are not recovered.';
const multiSelectRefusal =
  'Multi-select picklists are not supported: a console enumeration holds one value per record.';
const emulatorZone = 'America/New_York';

test('Oracle On Demand: an account on the emulator, the wizard, approval at log-on, picklists synced', async ({
  consoleApp,
}) => {
  // The emulator's first start, the schema job and a log-on: more than the default minute.
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  const accounts = await new ExternalAccountsView(consoleApp.page).show();
  const wizard = accounts.wizard;
  let serverUrl = '';

  await test.step('Demo Oracle On Demand tests its connection: company, user, time zone read from the CRM', async () => {
    await expect(accounts.row(demoOracleAccount)).toContainText(demoOracleLabel);
    await accounts.open(demoOracleAccount);
    await expect(accounts.demoNote).toContainText('Oracle CRM On Demand emulator');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('organization')).toHaveText('CRMCONSOLE-DEMO');
    await expect(accounts.testFact('api-version')).toHaveText('Web Services v2.0');
    await expect(accounts.testFact('time-zone')).toHaveText(emulatorZone);
    serverUrl = await accounts.testFact('instance').innerText();
    expect(serverUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  // The company behind the Demo account, signed in to as an ordinary account would be.
  const company = await oracleEmulatorCredentials(consoleApp.dataDir);

  await test.step('a new Oracle On Demand account: http:// refused, https:// saved, password write-only', async () => {
    await accounts.startNew();
    await accounts.label.fill('Oracle CRM');
    await accounts.name.fill('oracleCRM');
    await accounts.fillOracle({
      account: company.username,
      serverUrl: serverUrl.replace('https://', 'http://'),
      password: company.password,
      apiVersion: 'v1.0',
    });
    await accounts.save();
    await expect(accounts.oracle.serverUrlError).toContainText('https://');
    await expect(accounts.row('oracleCRM')).toHaveCount(0);
    await accounts.oracle.serverUrl.fill(serverUrl);
    await accounts.saveAndConfirm('oracleCRM');
    await expect(accounts.row('oracleCRM')).toContainText('Oracle On Demand');
    await expect(accounts.password.state).toHaveText('Set');
    await expect(accounts.password.input).toHaveValue('');
    await expect(consoleApp.page.locator('body')).not.toContainText(company.password);
  });

  await test.step('Test connection on v1.0, the time zone read from the CRM user', async () => {
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('api-version')).toHaveText('Web Services v1.0');
    await expect(accounts.testFact('instance')).toHaveText(serverUrl);
    await expect(accounts.testFact('time-zone')).toHaveText(emulatorZone);
  });

  await test.step('a wrong password: the CRM refuses the login, in words', async () => {
    await accounts.password.type('Wr0ng-but-secret-pass');
    await accounts.saveAndConfirm('oracleCRM');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'failed');
    await expect(accounts.testResult).toContainText(
      `Oracle On Demand refused the login of '${company.username}'`,
    );
  });

  await test.step('the wizard says only standard objects are offered, and offers those', async () => {
    await accounts.open(demoOracleAccount);
    await accounts.openWizard();
    await expect(wizard.dialog).toContainText('Oracle CRM On Demand configuration wizard');
    await expect(wizard.dialog.getByTestId('wizard-tables-limitation')).toHaveText(
      standardObjectsOnly,
    );
    await wizard.recoverTables();
    await wizard.next();
    await expect(wizard.selectedCount).toHaveText('0 of 6 selected');
    expect(
      await wizard.tableRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name'))),
    ).toEqual(['Account', 'Campaign', 'Contact', 'Lead', 'Opportunity', 'User']);
    await wizard.select('Contact', 'Account');
    await wizard.next();
    await wizard.createSchema('succeeded');
    const lines = (await wizard.logTexts()).map((l) => l.text);
    expect(lines).toContain("Discovering table structure 'Contact'.");
    expect(lines.slice(-2)).toEqual([
      'Finished retrieving the table definitions.',
      'Please log out and log in again to approve configuration.',
    ]);
    await wizard.close();
    await expect(accounts.configStatus.getByTestId('schema-status')).toHaveAttribute(
      'data-status',
      'pending',
    );
  });

  await test.step('log off and on: the schema ood:oodSchemademoOracle is approved', async () => {
    await main.logOff();
    await new LogonScreen(consoleApp.page).logOn(adminPassword);
    await expect(
      main.toast(`Schema '${demoOracleSchema}' approved: 2 table(s) ready.`),
    ).toBeVisible();
    await main.openDataSchemas();
    const sourceSchemas = new SourceSchemasSection(consoleApp.page);
    await expect(sourceSchemas.status(demoOracleSchema)).toHaveAttribute('data-status', 'approved');
    await sourceSchemas.open(demoOracleSchema);
    await expect(sourceSchemas.xml).toContainText('<element name="Contact"');
    await expect(sourceSchemas.detailTables).toHaveCount(2);
  });

  const sync = accounts.sync;
  await test.step('Synchronizing enumerations from picklists: the multi-select one refused with its reason', async () => {
    await accounts.show();
    await accounts.open(demoOracleAccount);
    await accounts.openSync();
    const interests = sync.row('Contact.CustomMultiSelectPickList0');
    await expect(interests).toHaveAttribute('data-refused', 'true');
    await expect(interests.getByTestId('sync-row-refusal')).toHaveText(multiSelectRefusal);
    await expect(interests.getByRole('checkbox')).toBeDisabled();
  });

  await test.step('Contact Type and Lead Source become enumerations', async () => {
    await sync.include('Contact.ContactType');
    await sync.include('Contact.LeadSource');
    await sync.next();
    await expect(sync.previewRows).toHaveCount(2);
    expect(await sync.previewValues('Contact.ContactType', 'added')).toEqual(
      expect.arrayContaining(['Customer', 'Prospect', 'Partner', 'Competitor', 'Influencer']),
    );
    expect(await sync.previewValues('Contact.LeadSource', 'added')).toEqual([
      'Web',
      'Trade Show',
      'Referral',
      'Purchased List',
      'Other',
    ]);
    await sync.start();
    await expect(main.toast('2 enumerations synchronized.')).toBeVisible();
    await sync.showEnumerations();
    await expect(main.enumerations.valueCount('Contact_LeadSource')).toHaveText('5');
  });
});

// Recipients Oracle refuses: no last name (required), an address that is not one.
const noLastName = [4, 9];
const badEmail = 17;

test.describe('workflows on Demo Oracle On Demand', () => {
  test.use({
    seedRecipients: 30,
    recipientEdits: {
      ...Object.fromEntries(noLastName.map((id) => [id, { lastName: null }])),
      [badEmail]: { email: 'not-an-address' },
    },
  });

  test('import contacts deduplicated into Recipients, then export recipients with their rejects', async ({
    consoleApp,
  }) => {
    // The wizard, a log-on and two whole runs against the emulator.
    test.slow();
    const { main, workflows, editor } = await newWorkflowOnDemoOracle(consoleApp, {
      label: 'Import Oracle contacts',
      name: 'importOracleContacts',
    });

    await buildImportWorkflow(editor, {
      account: demoOracleLabel,
      remoteObject: 'Contact',
      fields: {
        id: 'Id',
        email: 'ContactEmail',
        firstName: 'ContactFirstName',
        lastName: 'ContactLastName',
        modified: 'LastUpdated',
      },
      idColumn: 'oracleId',
    });
    await editor.save();

    let kept = 0;
    await test.step('Start: the contacts are imported, deduplicated and written to Recipients', async () => {
      await editor.start();
      await editor.expectRunStatus('succeeded');
      const imported = (await editor.counts('crmConnector')).outputs.ok ?? 0;
      // The emulator's 1,000 contacts, less those in its Deleted Items.
      expect(imported).toBeGreaterThan(900);
      expect(imported).toBeLessThanOrEqual(1000);
      const dedup = await editor.counts('deduplication');
      expect(dedup.input).toBe(imported);
      kept = dedup.outputs.ok ?? 0;
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThanOrEqual(imported);
      expect(await editor.counts('updateData')).toEqual({ input: kept, outputs: { ok: kept } });
      await expect(editor.runLog).toContainText(`${imported} record(s) imported from Contact.`);
    });

    await test.step('Recipients: the contacts came in with their Oracle ids', async () => {
      const recipients = await main.openRecipients();
      await recipients.expectRowsShown(`${(kept + 30).toLocaleString('en-US')} rows`);
      await recipients.addCondition({
        column: 'Oracle CRM On Demand id',
        operator: 'is not empty',
      });
      await recipients.apply();
      await recipients.expectRowsShown(`${kept.toLocaleString('en-US')} rows`);
      for (const id of await recipients.columnValues('oracleId', 10))
        expect(id).toMatch(oracleContactId);
    });

    const exportEditor = await test.step('export: a second workflow', async () => {
      // The Workflows node opens the list, even from the editor.
      await workflows.show();
      return workflows.create('Export to Oracle', 'exportOracle');
    });

    await buildExportWorkflow(exportEditor, {
      account: demoOracleLabel,
      remoteObject: 'Contact',
      idColumn: { name: 'oracleId', label: 'Oracle CRM On Demand id' },
      mapping: [
        { source: 'email', destination: 'ContactEmail' },
        { source: 'firstName', destination: 'ContactFirstName' },
        { source: 'lastName', destination: 'ContactLastName' },
      ],
    });

    const rejected = noLastName.length + 1;
    const exported = 30 - rejected;
    await test.step('Start: OK and Reject counts; the rejects carry Oracle’s four columns', async () => {
      await exportEditor.start();
      await exportEditor.expectRunStatus('succeeded');
      expect(await exportEditor.counts('crmConnector')).toEqual({
        input: 30,
        outputs: { ok: exported, reject: rejected },
      });
      expect(await exportEditor.counts('updateData')).toEqual({
        input: exported,
        outputs: { ok: exported },
      });
      const rejects = await exportEditor.displayTarget('crmConnector', 'reject');
      await rejects.expectRowsShown(`${rejected} rows`);
      expect(await rejects.columnValues('id', rejected)).toEqual(
        [...noLastName, badEmail].map(String),
      );
      // The reject columns, left to right, each brought into view before it is read.
      await rejects.revealColumn('errorLogFilename');
      for (const file of await rejects.columnValues('errorLogFilename', rejected))
        expect(file).toMatch(/\.log$/);
      await rejects.revealColumn('errorSymbol');
      expect(await rejects.columnValues('errorSymbol', rejected)).toEqual([
        'IDS_SSA_ERR_FIELD_REQUIRED',
        'IDS_SSA_ERR_FIELD_REQUIRED',
        'IDS_ERR_FIELD_EMAIL_FORMAT',
      ]);
      await rejects.revealColumn('errorMessage');
      const messages = await rejects.columnValues('errorMessage', rejected);
      expect(messages[0]).toContain('ContactLastName');
      expect(messages[2]).toContain('not-an-address');
      await rejects.revealColumn('errorCode');
      expect(await rejects.columnValues('errorCode', rejected)).toEqual([
        'SBL-DAT-00498',
        'SBL-DAT-00498',
        'SBL-DAT-00521',
      ]);
      await exportEditor.closeResult();
    });

    await test.step('Recipients: the exported ones have an Oracle id, the rejected ones none', async () => {
      const recipients = await main.openRecipients();
      await recipients.addCondition({ column: 'Oracle CRM On Demand id', operator: 'is empty' });
      await recipients.apply();
      await recipients.expectRowsShown(`${rejected} rows`);
      expect(await recipients.columnValues('id', rejected)).toEqual(
        [...noLastName, badEmail].map(String),
      );
    });
  });
});
