import { expect, test } from '../fixtures/console-test';
import { dynamicsEmulatorLogin, dynamicsEmulatorWrites } from '../fixtures/dynamics-emulator';
import { ExternalAccountsView } from '../pages/accounts-view';
import { SourceSchemasSection } from '../pages/accounts-source-schemas';
import { demoDynamics, dynamicsRowId } from '../pages/demo-dynamics';
import { buildExportWorkflow } from '../pages/export-workflow';
import { buildImportWorkflow } from '../pages/import-workflow';
import { adminPassword, setUpAndLogOn } from '../pages/first-steps';
import { LogonScreen } from '../pages/logon-screen';
import { newWorkflowOnDemo } from '../pages/workflow-on-demo-salesforce';

const organization = /^CRM Console Demo \([0-9a-f-]{36}\)$/;
const apiVersion = /^Web API v9\.2, server 9\.2\.\d+\.\d+$/;
const wrongPassword = 'Wr0ng-but-secret-pass';

test('Demo Dynamics connects; accounts with password credentials and with a certificate reach the emulator', async ({
  consoleApp,
}) => {
  // The emulator's first start makes its certificates: a few seconds.
  test.slow();
  await setUpAndLogOn(consoleApp);
  const accounts = await new ExternalAccountsView(consoleApp.page).show();
  let serverUrl = '';

  await test.step('Demo Dynamics: Test connection shows the organization, user and version', async () => {
    await expect(accounts.row(demoDynamics.name)).toContainText(demoDynamics.label);
    await accounts.open(demoDynamics.name);
    await expect(accounts.demoNote).toContainText('informational');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('organization')).toHaveText(organization);
    await expect(accounts.testFact('api-version')).toHaveText(apiVersion);
    serverUrl = await accounts.testFact('instance').innerText();
    expect(serverUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  // The tenant behind the Demo account, signed in to as an ordinary account would be.
  const tenant = await dynamicsEmulatorLogin(consoleApp.dataDir);
  const authority = `${serverUrl}/${tenant.tenant}`;

  await test.step('the retired deployment types are explained, not accepted', async () => {
    await accounts.startNew();
    await accounts.form.getByTestId('account-type').selectOption({
      label: 'Microsoft Dynamics CRM',
    });
    await accounts.dynamics.deployment.selectOption('onPremise');
    await expect(accounts.dynamics.retired).toContainText('choose Web API');
    await expect(accounts.dynamics.server).toHaveCount(0);
    await accounts.dynamics.deployment.selectOption('webApi');
    await expect(accounts.dynamics.retired).toHaveCount(0);
  });

  await test.step('Password credentials: a wrong password gets the identity service’s refusal', async () => {
    await accounts.fillDynamics({
      label: 'Dynamics (password)',
      name: 'dynamicsPassword',
      oauthType: 'password',
      serverUrl,
      authority,
      clientId: tenant.clientId,
      account: tenant.username,
      password: wrongPassword,
    });
    await accounts.saveAndConfirm('dynamicsPassword');
    await expect(accounts.row('dynamicsPassword')).toContainText('Microsoft Dynamics CRM');
    await expect(accounts.password.state).toHaveText('Set');
    await expect(accounts.password.input).toHaveValue('');
    await expect(consoleApp.page.locator('body')).not.toContainText(wrongPassword);
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'failed');
    await expect(accounts.testResult).toContainText('AADSTS50126');
    await expect(accounts.testResult).toContainText('(invalid_grant)');
    await expect(accounts.testResult).not.toContainText(wrongPassword);
  });

  await test.step('with the right password the connection shows the organization, user and version', async () => {
    await accounts.password.type(tenant.password);
    await accounts.saveAndConfirm('dynamicsPassword');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('organization')).toHaveText(organization);
    await expect(accounts.testFact('user')).toHaveText(tenant.username);
    await expect(accounts.testFact('instance')).toHaveText(serverUrl);
    await expect(accounts.testFact('api-version')).toHaveText(apiVersion);
  });

  await test.step('Certificate: the private key (Base64) and the thumbprint sign the assertion', async () => {
    await accounts.startNew();
    await accounts.fillDynamics({
      label: 'Dynamics (certificate)',
      name: 'dynamicsCertificate',
      oauthType: 'certificate',
      serverUrl,
      authority,
      clientId: tenant.clientId,
      privateKey: tenant.privateKeyBase64,
      customKeyIdentifier: tenant.thumbprint,
    });
    await expect(accounts.dynamics.account).toHaveCount(0);
    await accounts.saveAndConfirm('dynamicsCertificate');
    await expect(accounts.dynamics.privateKey.state).toHaveText('Set');
    await expect(accounts.dynamics.privateKey.input).toHaveValue('');
    await expect(consoleApp.page.locator('body')).not.toContainText(
      tenant.privateKeyBase64.slice(0, 40),
    );
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'ok');
    await expect(accounts.testFact('organization')).toHaveText(organization);
    await expect(accounts.testFact('user')).not.toBeEmpty();
    await expect(accounts.testFact('api-version')).toHaveText(apiVersion);
  });

  await test.step('a thumbprint the tenant does not know is refused in the service’s words', async () => {
    await accounts.dynamics.customKeyIdentifier.fill('0'.repeat(40));
    await accounts.saveAndConfirm('dynamicsCertificate');
    await accounts.testConnection();
    await expect(accounts.testResult).toHaveAttribute('data-state', 'failed');
    await expect(accounts.testResult).toContainText(
      "Microsoft's identity service refused the sign-in: AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.",
    );
    await expect(accounts.testResult).toContainText('(invalid_client)');
    await expect(accounts.testResult).not.toContainText('Trace ID');
  });
});

test('configure Demo Dynamics: Microsoft CRM configuration wizard, approval at log-on, option sets with one Replace', async ({
  consoleApp,
}) => {
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  const accounts = new ExternalAccountsView(consoleApp.page);
  const wizard = accounts.wizard;
  const schema = demoDynamics.schema;

  await test.step('the wizard lists the entities; contact and new_loyalty make the mscrm schema', async () => {
    await accounts.show();
    await accounts.open(demoDynamics.name);
    await accounts.openWizard();
    await expect(wizard.dialog).toContainText('Microsoft CRM configuration wizard');
    await wizard.recoverTables();
    await wizard.next();
    await wizard.select('contact', 'new_loyalty');
    await wizard.next();
    await wizard.createSchema('succeeded');
    const lines = await wizard.logTexts();
    expect(lines).toContainEqual({
      level: 'warning',
      text: "For table 'contact', unable to use type 'customer' of field 'parentcustomerid'.",
    });
    const warnings = lines.filter((l) => l.level === 'warning').map((l) => l.text);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^For table 'new_loyalty', unable to use type 'multi-select option set' of field 'new_programs'/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^For table 'new_loyalty', unable to use type 'partylist' of field /),
    );
    expect(lines.slice(-4).map((l) => l.text)).toEqual([
      `Generating schema '${schema}'...`,
      `Schema '${schema}' generated.`,
      'Finished retrieving the table definitions.',
      'Please log out and log in again to approve configuration.',
    ]);
    await wizard.close();
    await expect(accounts.configStatus.getByTestId('schema-status')).toHaveAttribute(
      'data-status',
      'pending',
    );
  });

  await test.step('log off and on: the schema is approved and its two tables exist', async () => {
    await main.logOff();
    await new LogonScreen(consoleApp.page).logOn(adminPassword);
    await expect(main.toast(`Schema '${schema}' approved: 2 table(s) ready.`)).toBeVisible();
    await main.openDataSchemas();
    const sourceSchemas = new SourceSchemasSection(consoleApp.page);
    await expect(sourceSchemas.status(schema)).toHaveAttribute('data-status', 'approved');
    await sourceSchemas.open(schema);
    await expect(sourceSchemas.xml).toContainText('<element name="contact"');
    await expect(sourceSchemas.detailTables).toHaveCount(2);
  });

  await test.step('an enumeration to replace, made beforehand', async () => {
    const enumerations = await main.openEnumerations();
    await enumerations.startNew();
    await enumerations.name.fill('gender');
    await enumerations.label.fill('Gender');
    await enumerations.addValue('1', 'Male');
    await enumerations.addValue('9', 'Unknown');
    await enumerations.saveAndConfirm('gender');
  });

  const sync = accounts.sync;
  await test.step('Synchronizing enumerations: the multi-select option set is refused with its reason', async () => {
    await accounts.show();
    await accounts.open(demoDynamics.name);
    await accounts.openSync();
    const programs = sync.row('new_loyalty.new_programs');
    await expect(programs).toHaveAttribute('data-refused', 'true');
    await expect(programs.getByTestId('sync-row-refusal')).toContainText(
      'Multi-select picklists are not supported',
    );
    await expect(programs.getByRole('checkbox')).toBeDisabled();
  });

  await test.step('replace Gender with contact.gendercode, create the Tier; Next shows the plan', async () => {
    await sync.include('contact.gendercode', { target: 'gender', replace: true });
    await sync.include('new_loyalty.new_tier');
    await expect(sync.target('new_loyalty.new_tier')).toHaveValue('new_loyalty_new_tier');
    await sync.next();
    await expect(sync.previewRows).toHaveCount(2);
    expect(await sync.previewValues('contact.gendercode', 'kept')).toEqual(['1']);
    expect(await sync.previewValues('contact.gendercode', 'added')).toEqual(['2']);
    expect(await sync.previewValues('contact.gendercode', 'removed')).toEqual(['9']);
    expect(await sync.previewValues('new_loyalty.new_tier', 'added')).toHaveLength(4);
  });

  await test.step('Start applies; Enumerations shows the option sets’ values and labels', async () => {
    await sync.start();
    await expect(main.toast('2 enumerations synchronized.')).toBeVisible();
    await sync.showEnumerations();
    const enumerations = main.enumerations;
    await expect(enumerations.valueCount('gender')).toHaveText('2');
    await expect(enumerations.valueCount('new_loyalty_new_tier')).toHaveText('4');
    await enumerations.open('gender');
    expect((await enumerations.readValues()).map((v) => [v.value, v.label] as const)).toEqual([
      ['1', 'Male'],
      ['2', 'Female'],
    ]);
  });
});

test('import: CRM connector → Deduplication → Update data brings the Dynamics contacts into Recipients', async ({
  consoleApp,
}) => {
  test.slow();
  const { main, editor } = await newWorkflowOnDemo(consoleApp, demoDynamics, ['contact'], {
    label: 'Import Dynamics contacts',
    name: 'importDynamicsContacts',
  });

  await buildImportWorkflow(editor, {
    account: demoDynamics.label,
    remoteObject: 'contact',
    fields: {
      id: 'contactid',
      email: 'emailaddress1',
      firstName: 'firstname',
      lastName: 'lastname',
      modified: 'modifiedon',
    },
    idColumn: 'dynamicsId',
  });
  await editor.save();

  let kept = 0;
  await test.step('Start: every contact of the organization imported, the duplicates dropped', async () => {
    await editor.start();
    await editor.expectRunStatus('succeeded', 120_000);
    await expect(editor.runStatus).toHaveText('Finished');
    // Dataverse keeps no deleted rows: the Demo organization's 1,000 contacts, all live.
    expect(await editor.counts('crmConnector')).toEqual({ input: null, outputs: { ok: 1000 } });
    const dedup = await editor.counts('deduplication');
    expect(dedup.input).toBe(1000);
    kept = dedup.outputs.ok ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(1000);
    expect(await editor.counts('updateData')).toEqual({ input: kept, outputs: { ok: kept } });
    await expect(editor.runLog).toContainText('1000 record(s) imported from contact.');
  });

  await test.step('Profiles and Targets > Recipients: the contacts came in with their Dynamics ids', async () => {
    const recipients = await main.openRecipients();
    await recipients.expectRowsShown(`${kept.toLocaleString('en-US')} rows`);
    for (const id of await recipients.columnValues('dynamicsId', 10))
      expect(id).toMatch(dynamicsRowId);
    for (const name of await recipients.columnValues('lastName', 10)) expect(name).not.toBe('');
  });
});

// Recipients Dynamics refuses: no last name (required), an address longer than its 100.
const noLastName = [4, 9];
const longEmail = 17;
const tooLong = `${'x'.repeat(100)}@example.com`;

test.describe('export to Demo Dynamics', () => {
  test.use({
    seedRecipients: 30,
    recipientEdits: {
      ...Object.fromEntries(noLastName.map((id) => [id, { lastName: null }])),
      [longEmail]: { email: tooLong },
    },
  });

  test('export: Query → CRM connector → Update data writes the Dynamics ids back; rejects carry the CRM’s code', async ({
    consoleApp,
  }) => {
    test.slow();
    const { main, editor } = await newWorkflowOnDemo(consoleApp, demoDynamics, ['contact'], {
      label: 'Export to Dynamics',
      name: 'exportToDynamics',
    });

    await buildExportWorkflow(editor, {
      account: demoDynamics.label,
      remoteObject: 'contact',
      idColumn: { name: 'dynamicsId', label: 'Dynamics 365 id' },
      mapping: [
        { source: 'email', destination: 'emailaddress1' },
        { source: 'firstName', destination: 'firstname' },
        { source: 'lastName', destination: 'lastname' },
      ],
    });

    const rejected = noLastName.length + 1;
    const exported = 30 - rejected;
    await test.step('Start: OK and Reject counts on the diagram', async () => {
      await editor.start();
      await editor.expectRunStatus('succeeded');
      expect(await editor.counts('crmConnector')).toEqual({
        input: 30,
        outputs: { ok: exported, reject: rejected },
      });
      expect(await editor.counts('updateData')).toEqual({
        input: exported,
        outputs: { ok: exported },
      });
      await expect(editor.runLog).toContainText(
        `${exported} record(s) processed by the CRM, ${rejected} rejected.`,
      );
    });

    await test.step('Display the target: Reject shows the Web API’s code and message', async () => {
      const rejects = await editor.displayTarget('crmConnector', 'reject');
      await rejects.expectRowsShown(`${rejected} rows`);
      expect(await rejects.columnValues('id', rejected)).toEqual(
        [...noLastName, longEmail].map(String),
      );
      await rejects.revealColumn('errorMessage');
      expect(await rejects.columnValues('errorSymbol', rejected)).toEqual([
        '0x80040200',
        '0x80040200',
        '0x80044331',
      ]);
      const messages = await rejects.columnValues('errorMessage', rejected);
      expect(messages[0]).toContain("required attribute 'lastname'");
      expect(messages[2]).toContain(
        "The length of the 'emailaddress1' attribute of the 'contact' entity exceeded the maximum allowed length of '100'",
      );
      await editor.closeResult();
    });

    await test.step('Recipients and the organization: each accepted recipient created once', async () => {
      const recipients = await main.openRecipients();
      await recipients.addCondition({ column: 'Dynamics 365 id', operator: 'is not empty' });
      await recipients.apply();
      await recipients.expectRowsShown(`${exported} rows`);
      const ids = await recipients.columnValues('dynamicsId', exported);
      for (const id of ids) expect(id).toMatch(dynamicsRowId);
      const created = (await dynamicsEmulatorWrites(consoleApp.dataDir)).filter(
        (w) => w.op === 'create' && w.entity === 'contact',
      );
      expect(created).toHaveLength(exported);
      const sentNames = created.map(
        (w) => w.values.find(([name]) => name === 'lastname')?.[1] ?? null,
      );
      expect(sentNames).not.toContain(null);
    });
  });
});
