import { expect, test } from '../fixtures/console-test';
import {
  configureDemoSalesforce,
  demoSalesforceLabel,
  salesforceContactId,
} from '../pages/demo-salesforce';
import { buildExportWorkflow } from '../pages/export-workflow';
import { setUpAndLogOn } from '../pages/first-steps';
import { WorkflowsView } from '../pages/workflows-view';

// No seeded recipients: everything the export needs is made in the window.
test('the seed export scenario from an empty console, with UI actions only', async ({
  consoleApp,
}) => {
  // Set-up, record editing, the wizard and a whole run against the emulator: on a loaded
  // two-core machine, more than three minutes.
  test.setTimeout(420_000);
  const main = await setUpAndLogOn(consoleApp);
  const recipients = await main.openRecipients();

  await test.step('Recipients: New ×3, Edit one, Delete one; Created and Last modified filled', async () => {
    await recipients.expectRowsShown('0 rows');
    await recipients.createRecord({
      email: 'ann.smith@example.com',
      firstName: 'Ann',
      lastName: 'Smyth',
      gender: { select: 'Female' },
      birthDate: '1990-05-17',
    });
    // No last name: Salesforce refuses the contact, the run shows it as a reject.
    await recipients.createRecord({ email: 'cy@example.com', firstName: 'Cy' });
    await recipients.createRecord({ email: 'typo@example', lastName: 'Mistake' });
    await recipients.expectRowsShown('3 rows');
    expect(await recipients.columnValues('id', 3)).toEqual(['1', '2', '3']);

    await recipients.selectRow(0);
    await recipients.editSelected({ lastName: 'Smith' });
    await expect(recipients.toast('Record saved.')).toBeVisible();
    await recipients.selectRow(2);
    await recipients.deleteSelected(
      'Delete the selected record of Recipients? This cannot be undone.',
    );
    await recipients.expectRowsShown('2 rows');
    expect(await recipients.columnValues('lastName', 2)).toEqual(['Smith', '']);
  });

  await test.step('Recipients: Import a file (semicolons), one line rejected', async () => {
    const message = await recipients.importFile(
      {
        name: 'new-recipients.csv',
        text: 'Mail;Prénom;Nom;Sexe\nbob@example.com;Bob;Lee;1\ndee@example.com;Dee;Roe;2\neve@example.com;Eve;Poe;girl\n',
      },
      ['Email', 'First name', 'Last name', 'Gender'],
    );
    expect(message).toBe('2 rows written, 1 rejected.');
    await recipients.expectRowsShown('4 rows');
    expect(await recipients.columnValues('email', 4)).toEqual([
      'ann.smith@example.com',
      'cy@example.com',
      'bob@example.com',
      'dee@example.com',
    ]);
    await recipients.revealColumn('lastModified');
    for (const column of ['created', 'lastModified'])
      for (const value of await recipients.columnValues(column, 4)) expect(value).not.toBe('');
  });

  await configureDemoSalesforce(consoleApp, main, ['Contact']);
  const workflows = await new WorkflowsView(consoleApp.page).show();
  const editor = await workflows.create('Export recipients', 'exportRecipients');

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

  await test.step('Run: three exported and written back, one rejected', async () => {
    await editor.start();
    await editor.expectRunStatus('succeeded');
    expect(await editor.counts('crmConnector')).toEqual({
      input: 4,
      outputs: { ok: 3, reject: 1 },
    });
    expect(await editor.counts('updateData')).toEqual({ input: 3, outputs: { ok: 3 } });
    await expect(editor.runLog).toContainText('3 record(s) processed by the CRM, 1 rejected.');
  });

  await test.step('Result on screen: the Salesforce ids in Recipients', async () => {
    const after = await main.openRecipients();
    await after.expectRowsShown('4 rows');
    await after.revealColumn('salesforceId');
    const ids = await after.columnValues('salesforceId', 4);
    expect(ids[0]).toMatch(salesforceContactId);
    expect(ids[1]).toBe('');
    expect(ids[2]).toMatch(salesforceContactId);
    expect(ids[3]).toMatch(salesforceContactId);
  });
});
