import { expect, test } from '../fixtures/console-test';
import { configureDemoSalesforce } from '../pages/demo-salesforce';
import { setUpAndLogOn } from '../pages/first-steps';
import { WorkflowsView } from '../pages/workflows-view';

const demoLabel = 'Demo Salesforce';
const salesforceId = /^003[A-Za-z0-9]{15}$/;

test('import: CRM connector → Deduplication → Update data brings the contacts into Recipients', async ({
  consoleApp,
}) => {
  // The wizard, a log-on and a whole run against the emulator: more than the default minute.
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  await configureDemoSalesforce(consoleApp, main, ['Contact']);
  const workflows = await new WorkflowsView(consoleApp.page).show();
  const editor = await workflows.create('Import contacts', 'importContacts');
  await expect(editor.activity('start')).toBeVisible();

  await test.step('CRM connector: Import from CRM, Contact, a few fields; dragged from Start', async () => {
    const crm = await editor.add('crmConnector', 'crmConnector');
    await crm.crmTarget(demoLabel, 'import', 'Contact');
    await crm.importFields(['Email', 'FirstName', 'LastName', 'LastModifiedDate']);
    await editor.drag('start', 'ok', 'crmConnector');
  });

  await test.step('Deduplication on Email, keeping the most recently modified', async () => {
    const dedup = await editor.add('deduplication', 'deduplication');
    await dedup.deduplication(['Email'], 'LastModifiedDate');
    await editor.lead('crmConnector', 'ok', 'deduplication', 'Deduplication');
  });

  await test.step('Update data: Insert or update Recipients reconciled on salesforceId', async () => {
    const update = await editor.add('updateData', 'updateData');
    await update.updateData({
      table: 'nmsRecipient',
      operation: 'upsert',
      reconciliation: ['salesforceId'],
      mapping: [
        { source: 'Id', destination: 'salesforceId' },
        { source: 'Email', destination: 'email' },
        { source: 'FirstName', destination: 'firstName' },
        { source: 'LastName', destination: 'lastName' },
      ],
    });
    await editor.lead('deduplication', 'ok', 'updateData', 'Update data');
    await editor.add('end', 'end');
    await editor.lead('updateData', 'ok', 'end', 'End');
  });

  await test.step('save: a new version', async () => {
    await editor.save();
    await expect(editor.version).toHaveText('Version 2');
  });

  let imported = 0;
  let kept = 0;
  await test.step('Start: the run finishes, each activity done with its counts', async () => {
    await editor.start();
    await editor.expectRunStatus('succeeded');
    await expect(editor.runStatus).toHaveText('Finished');
    for (const id of ['start', 'crmConnector', 'deduplication', 'updateData', 'end'])
      await expect(editor.activity(id)).toHaveAttribute('data-state', 'done');

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
    const update = await editor.counts('updateData');
    expect(update).toEqual({ input: kept, outputs: { ok: kept } });
    await expect(editor.transition('crmConnector', 'ok', 'deduplication')).toContainText(
      `${imported.toLocaleString('en-US')} rows`,
    );
    await expect(editor.runLog).toContainText(`${imported} record(s) imported from Contact.`);
  });

  await test.step('Profiles and Targets > Recipients: the contacts came in, with their ids', async () => {
    const recipients = await main.openRecipients();
    await recipients.expectRowsShown(`${kept.toLocaleString('en-US')} rows`);
    for (const id of await recipients.columnValues('salesforceId', 10))
      expect(id).toMatch(salesforceId);
    for (const name of await recipients.columnValues('lastName', 10)) expect(name).not.toBe('');
  });

  await test.step('back in Workflows, the list shows the workflow with its last run', async () => {
    await workflows.show();
    await editor.toolbar.getByRole('button', { name: 'Workflows' }).click();
    await expect(workflows.row('importContacts')).toContainText('Finished');
  });
});
