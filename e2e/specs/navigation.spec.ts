import { expect, test } from '../fixtures/console-test';
import { ExternalAccountsView } from '../pages/accounts-view';
import { setUpAndLogOn } from '../pages/first-steps';
import { WorkflowsView } from '../pages/workflows-view';

test('Back, Forward and a reload move between views and reopen the one that was open', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const { page, explorer } = main;
  const workflows = new WorkflowsView(page);

  await test.step('each view opened has its own address', async () => {
    await main.openOptions();
    await expect(page).toHaveURL(/#\/options$/);
    await workflows.show();
    await expect(page).toHaveURL(/#\/workflows$/);
    await workflows.create('Nightly import', 'nightlyImport');
    await expect(page).toHaveURL(/#\/workflows\/nightlyImport$/);
    await expect(explorer.viewTitle).toHaveText('Nightly import (nightlyImport)');
  });

  await test.step('Back returns to the list, then to the folder; Forward comes back', async () => {
    await page.goBack();
    await expect(workflows.list).toBeVisible();
    await expect(workflows.editor.view).toBeHidden();
    await page.goBack();
    await expect(explorer.view('production')).toBeVisible();
    await page.goForward();
    await page.goForward();
    await expect(workflows.editor.view).toHaveAttribute('data-workflow', 'nightlyImport');
  });

  await test.step('a reload reopens the workflow in its editor', async () => {
    await page.reload();
    await expect(workflows.editor.view).toHaveAttribute('data-workflow', 'nightlyImport');
    await expect(explorer.viewTitle).toHaveText('Nightly import (nightlyImport)');
    await explorer.expectSelected('workflows');
  });

  await test.step('the Workflows node opens the list, even from the editor', async () => {
    await explorer.node('workflows').click();
    await expect(workflows.list).toBeVisible();
    await expect(workflows.row('nightlyImport')).toBeVisible();
  });
});

test('unsaved changes and an open wizard ask before Back leaves them', async ({ consoleApp }) => {
  // The Demo CRM's first start and the wizard's listing take a few seconds each.
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  const { page } = main;
  const leave = page.getByRole('alertdialog');

  await test.step('a workflow with unsaved changes: Stay keeps them, Leave drops them', async () => {
    const workflows = await new WorkflowsView(page).show();
    const editor = await workflows.create('Export', 'exportRecipients');
    await editor.add('query', 'query');
    await expect(editor.unsaved).toBeVisible();
    await page.goBack();
    await expect(leave).toContainText('The workflow exportRecipients has unsaved changes');
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect(editor.unsaved).toBeVisible();
    await expect(page).toHaveURL(/#\/workflows\/exportRecipients$/);
    await editor.toolbar.getByRole('button', { name: 'Workflows' }).click();
    await leave.getByRole('button', { name: 'Leave' }).click();
    await expect(workflows.list).toBeVisible();
    await expect(page).toHaveURL(/#\/workflows$/);
  });

  await test.step('the wizard: Back asks, and a reload reopens it at its step, as it was', async () => {
    const accounts = await new ExternalAccountsView(page).show();
    await accounts.open('demoSalesforce');
    const wizard = await accounts.openWizard();
    await wizard.recoverTables();
    await wizard.next();
    await expect(page).toHaveURL(/#\/external-accounts\/demoSalesforce\/wizard\/select-tables$/);
    await page.goBack();
    await expect(leave).toContainText('The configuration wizard of Demo Salesforce is open');
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect(wizard.dialog).toBeVisible();

    await wizard.select('Account', 'Contact');
    const chosen = (await wizard.selectedTables()).sort();
    await wizard.next();
    await expect(page).toHaveURL(/#\/external-accounts\/demoSalesforce\/wizard\/create-schema$/);

    // The browser asks before a reload too; after it, step 3 with the tables chosen.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(wizard.dialog).toBeVisible();
    await expect(wizard.currentStepTitle).toHaveText('Create the schema');
    await expect(wizard.schemaStep).toContainText(
      `generate the schema of the ${chosen.length} selected tables: `,
    );
    const shown = (await wizard.schemaStep.locator('p').first().innerText())
      .replace(/.*tables: /, '')
      .replace(/\.$/, '')
      .split(', ')
      .sort();
    expect(shown).toEqual(chosen);
    await expect(page).toHaveURL(/#\/external-accounts\/demoSalesforce\/wizard\/create-schema$/);
    await wizard.previous();
    expect((await wizard.selectedTables()).sort()).toEqual(chosen);
  });
});
