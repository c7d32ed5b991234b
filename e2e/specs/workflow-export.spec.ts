import { expect, test } from '../fixtures/console-test';
import { demoSalesforceLabel, salesforceContactId } from '../pages/demo-salesforce';
import { buildExportWorkflow } from '../pages/export-workflow';
import { newWorkflowOnDemoSalesforce } from '../pages/workflow-on-demo-salesforce';

// Recipients Salesforce refuses: no last name (required), an address that is not one.
const noLastName = [4, 9];
const badEmail = 17;
test.use({
  seedRecipients: 30,
  recipientEdits: {
    ...Object.fromEntries(noLastName.map((id) => [id, { lastName: null }])),
    [badEmail]: { email: 'not-an-address' },
  },
});

test('export: Query → CRM connector → Update data writes the CRM ids back; rejects shown', async ({
  consoleApp,
}) => {
  // The wizard, a log-on and a whole run against the emulator: more than the default minute.
  test.slow();
  const { main, editor } = await newWorkflowOnDemoSalesforce(consoleApp, {
    label: 'Export recipients',
    name: 'exportRecipients',
  });

  await buildExportWorkflow(editor, {
    account: demoSalesforceLabel,
    remoteObject: 'Contact',
    idColumn: { name: 'salesforceId', label: 'Salesforce id' },
    mapping: [
      { source: 'email', destination: 'Email' },
      { source: 'firstName', destination: 'FirstName' },
      { source: 'lastName', destination: 'LastName' },
    ],
  });

  const rejected = noLastName.length + 1;
  const exported = 30 - rejected;
  await test.step('Start: the run finishes; OK and Reject counts on the diagram', async () => {
    await editor.start();
    await editor.expectRunStatus('succeeded');
    expect(await editor.counts('query')).toEqual({ input: null, outputs: { ok: 30 } });
    expect(await editor.counts('crmConnector')).toEqual({
      input: 30,
      outputs: { ok: exported, reject: rejected },
    });
    expect(await editor.counts('updateData')).toEqual({
      input: exported,
      outputs: { ok: exported },
    });
    await expect(editor.transition('crmConnector', 'reject', 'end')).toContainText(
      `${rejected} rows`,
    );
    await expect(editor.runLog).toContainText(
      `${exported} record(s) processed by the CRM, ${rejected} rejected.`,
    );
  });

  await test.step('Display the target: Reject shows errorSymbol and errorMessage', async () => {
    const rejects = await editor.displayTarget('crmConnector', 'reject');
    await rejects.expectRowsShown(`${rejected} rows`);
    expect(await rejects.columnValues('id', rejected)).toEqual(
      [...noLastName, badEmail].map(String),
    );
    await rejects.revealColumn('errorMessage');
    expect(await rejects.columnValues('errorSymbol', rejected)).toEqual([
      'REQUIRED_FIELD_MISSING',
      'REQUIRED_FIELD_MISSING',
      'INVALID_EMAIL_ADDRESS',
    ]);
    const messages = await rejects.columnValues('errorMessage', rejected);
    expect(messages[0]).toContain('Required fields are missing: [LastName]');
    expect(messages[2]).toContain('invalid email address: not-an-address');
    await editor.closeResult();
  });

  await test.step('Recipients: the exported rows have a Salesforce id, the rejected ones none', async () => {
    const recipients = await main.openRecipients();
    await recipients.expectRowsShown('30 rows');
    await recipients.addCondition({ column: 'Salesforce id', operator: 'is not empty' });
    await recipients.apply();
    await recipients.expectRowsShown(`${exported} rows`);
    for (const id of await recipients.columnValues('salesforceId', exported))
      expect(id).toMatch(salesforceContactId);
    await recipients.clear();
    await expect(recipients.tags).toHaveCount(0);
    await recipients.addCondition({ column: 'Salesforce id', operator: 'is empty' });
    await recipients.apply();
    await recipients.expectRowsShown(`${rejected} rows`);
    expect(await recipients.columnValues('id', rejected)).toEqual(
      [...noLastName, badEmail].map(String),
    );
  });
});
