import { expect, test } from '../fixtures/console-test';
import { demoSalesforceLabel, salesforceContactId } from '../pages/demo-salesforce';
import { buildImportWorkflow } from '../pages/import-workflow';
import { newWorkflowOnDemoSalesforce } from '../pages/workflow-on-demo-salesforce';

/**
 * Long enough to look at the run while the Wait holds it, and to pause it there, on a loaded
 * machine too: the accessibility scan after Start alone took over 10 s at a load of 25.
 */
const holdSeconds = 30;

test('import: CRM connector → Deduplication → Wait → Update data brings the contacts into Recipients, watched while it runs', async ({
  consoleApp,
}) => {
  // The wizard, a log-on and a whole run against the emulator: more than the default minute.
  test.slow();
  const { main, workflows, editor } = await newWorkflowOnDemoSalesforce(consoleApp, {
    label: 'Import contacts',
    name: 'importContacts',
  });
  await expect(editor.activity('start')).toBeVisible();

  await buildImportWorkflow(editor, {
    account: demoSalesforceLabel,
    remoteObject: 'Contact',
    fields: {
      id: 'Id',
      email: 'Email',
      firstName: 'FirstName',
      lastName: 'LastName',
      modified: 'LastModifiedDate',
    },
    idColumn: 'salesforceId',
    holdSeconds,
  });

  await test.step('save: a new version', async () => {
    await editor.save();
    await expect(editor.version).toHaveText('Version 2');
  });

  let imported = 0;
  let kept = 0;
  await test.step('Start: held by the Wait, the run reads Running, the import counted and logged', async () => {
    await editor.start();
    await editor.expectActivityState('wait', 'running', 60_000);
    await expect(editor.runStatus).toHaveText('Running');
    await expect(editor.waitDue('wait')).toHaveText(/^Waiting until \d{1,2}:\d{2}:\d{2}/);
    await expect(editor.waitDue('wait').locator('time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
    for (const id of ['start', 'crmConnector', 'deduplication'])
      await editor.expectActivityState(id, 'done');
    await expect(editor.progress('crmConnector')).toBeHidden();
    await editor.expectActivityState('updateData', 'idle');

    const crm = await editor.counts('crmConnector');
    imported = crm.outputs.ok ?? 0;
    // The emulator's 1,000 contacts, less those in its recycle bin.
    expect(imported).toBeGreaterThan(900);
    expect(imported).toBeLessThanOrEqual(1000);
    const dedup = await editor.counts('deduplication');
    expect(dedup.input).toBe(imported);
    kept = dedup.outputs.ok ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(imported);
    await expect(editor.transition('crmConnector', 'ok', 'deduplication')).toContainText(
      `${imported.toLocaleString('en-US')} rows`,
    );
    await expect(editor.runLog).toContainText(`${imported} record(s) imported from Contact.`);
  });

  await test.step('Pause while it waits: Paused, the Wait pending; Resume: Finished', async () => {
    await editor.pause();
    await editor.expectActivityState('wait', 'pending');
    await expect(editor.waitDue('wait')).toBeHidden();
    await editor.expectActivityState('updateData', 'idle');

    await editor.resume();
    await editor.expectRunStatus('succeeded');
    await expect(editor.runStatus).toHaveText('Finished');
    for (const id of ['start', 'crmConnector', 'deduplication', 'wait', 'updateData', 'end'])
      await editor.expectActivityState(id, 'done');
    expect(await editor.counts('crmConnector')).toEqual({ input: null, outputs: { ok: imported } });
    expect(await editor.counts('wait')).toEqual({ input: kept, outputs: { ok: kept } });
    expect(await editor.counts('updateData')).toEqual({ input: kept, outputs: { ok: kept } });
    await expect(editor.runLog).toContainText(`${imported} record(s) imported from Contact.`);
  });

  await test.step('Profiles and Targets > Recipients: the contacts came in, with their ids', async () => {
    const recipients = await main.openRecipients();
    await recipients.expectRowsShown(`${kept.toLocaleString('en-US')} rows`);
    for (const id of await recipients.columnValues('salesforceId', 10))
      expect(id).toMatch(salesforceContactId);
    for (const name of await recipients.columnValues('lastName', 10)) expect(name).not.toBe('');
  });

  await test.step('back in Workflows, the list shows the workflow with its last run', async () => {
    // The Workflows node opens the list, even from the editor (issue 15, navigation).
    await workflows.show();
    await expect(workflows.row('importContacts')).toContainText('Finished');
  });
});
