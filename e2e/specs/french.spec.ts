import { expect, test } from '../fixtures/console-test';
import { ConfigurationWizard } from '../pages/accounts-wizard';
import { EnumerationSyncDialog } from '../pages/accounts-enumeration-sync';
import { ExplorerTree } from '../pages/explorer-tree';
import { demoSalesforce } from '../pages/demo-salesforce';
import { FirstStartScreen } from '../pages/first-start-screen';
import { adminPassword, instanceName } from '../pages/instance';
import { LogonScreen } from '../pages/logon-screen';
import { WorkflowEditor } from '../pages/workflow-editor';

// The system speaks French: the console follows it from the first screen (issue 17). The
// labels are read as an administrator who knows Campaign in French reads them.
test.use({ locale: 'fr-FR' });

test('the main flow in French: first start, logon, wizard, approval, enumeration sync, an import workflow', async ({
  consoleApp,
}) => {
  // The wizard, a log-on and a whole run against the emulator: more than the default minute.
  test.slow();
  const page = consoleApp.page;
  const logon = new LogonScreen(page);

  await test.step('first start and logon, in French', async () => {
    await expect(page.getByRole('heading', { name: 'Premier démarrage' })).toBeVisible();
    await expect(page.getByText("Nom interne de l'instance")).toBeVisible();
    await new FirstStartScreen(page).createInstance(instanceName, adminPassword);
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    await logon.logOn(adminPassword);
    await expect(page.getByTestId('status-operator')).toContainText('Opérateur : admin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  const tree = page.getByRole('tree', { name: 'Explorateur' });
  await test.step('the explorer names the nodes as Campaign does in French', async () => {
    await new ExplorerTree(page).openPath('platform', 'external-accounts');
    await expect(page.getByTestId('view-title')).toHaveText('Comptes externes');
    for (const label of ['Administration', 'Plateforme', 'Comptes externes', 'Énumérations'])
      await expect(tree.getByText(label, { exact: true })).toBeVisible();
  });

  const wizard = new ConfigurationWizard(page);
  await test.step('the configuration wizard of Demo Salesforce, step by step', async () => {
    await page.locator(`[data-testid="account-row"][data-name="${demoSalesforce.name}"]`).click();
    await page
      .getByRole('button', { name: 'Assistant de configuration Salesforce CRM...' })
      .click();
    await expect(wizard.dialog).toContainText('Assistant de configuration Salesforce');
    await expect(
      wizard.dialog.getByText("Cliquez sur 'Démarrer' pour récupérer les tables"),
    ).toBeVisible();
    await wizard.dialog.getByTestId('wizard-list-start').click();
    await expect(wizard.tablesFound).toContainText('tables récupérées');
    await wizard.footer.getByRole('button', { name: 'Suivant >', exact: true }).click();
    await expect(wizard.dialog.getByRole('columnheader')).toHaveText([
      'Libellé de la table',
      'Nom interne de la table',
      'Sélectionnée',
    ]);
    await wizard.select('Contact');
    await expect(wizard.selectedCount).toHaveText(/^1 sur \d+ sélectionnées$/);
    await wizard.footer.getByRole('button', { name: 'Suivant >', exact: true }).click();
    await expect(wizard.schemaStep).toHaveAttribute('data-run-state', 'idle');
    await wizard.footer.getByRole('button', { name: 'Démarrer', exact: true }).click();
    await expect(wizard.schemaStep).toHaveAttribute('data-run-state', 'succeeded', {
      timeout: 45_000,
    });
    await expect(wizard.outcome).toContainText('Le schéma a été généré.');
    expect((await wizard.logTexts()).map((l) => l.text)).toContain(
      "Découverte de la structure de la table 'Contact'.",
    );
    await wizard.footer.getByRole('button', { name: 'Fermer', exact: true }).click();
    await expect(wizard.dialog).toBeHidden();
    await expect(page.getByTestId('account-config-status')).toContainText(
      'Le compte externe a été configuré.',
    );
  });

  await test.step('log off and on: the schema is approved, said in French', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await logon.logOn(adminPassword);
    await expect(
      page
        .getByTestId('toast-message')
        .filter({ hasText: `Schéma '${demoSalesforce.schema}' approuvé : 1 table(s) prête(s).` })
        .last(),
    ).toBeVisible();
  });

  const sync = new EnumerationSyncDialog(page);
  await test.step('Synchroniser des énumérations: Lead Source becomes an enumeration', async () => {
    await new ExplorerTree(page).openPath('platform', 'external-accounts');
    await page.locator(`[data-testid="account-row"][data-name="${demoSalesforce.name}"]`).click();
    await page.getByRole('button', { name: 'Synchroniser des énumérations...' }).click();
    await expect(sync.dialog).toContainText('Synchroniser des énumérations');
    await sync.include('Contact.LeadSource');
    await sync.next();
    await expect(sync.previewRows).toHaveCount(1);
    await sync.start();
    await expect(sync.done).toBeVisible();
    await sync.showEnumerations();
    await expect(page.getByTestId('view-title')).toHaveText('Énumérations');
    await expect(page.getByTestId('view-enumerations')).toContainText('Contact_LeadSource');
  });

  const editor = new WorkflowEditor(page);
  const transition = (from: string, to: string) =>
    editor.canvas.getByLabel(`Transition OK de ${from} vers ${to}`, { exact: true });
  const drag = async (from: string, to: string) => {
    await editor.dragHandles(from, 'ok', to);
    await expect(transition(from, to)).toBeAttached();
  };
  await test.step('an import workflow: Connecteur CRM → Mise à jour de données → Fin', async () => {
    await new ExplorerTree(page).openPath('production', 'workflows');
    await page
      .getByTestId('view-workflows')
      .getByRole('button', { name: 'Nouveau', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau workflow' });
    await dialog.getByTestId('new-workflow-label').fill('Import des contacts');
    await dialog.getByTestId('new-workflow-name').fill('importContacts');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await expect(editor.view).toHaveAttribute('data-workflow', 'importContacts');

    const panel = page.getByRole('region', { name: "Propriétés de l'activité" });
    const field = (label: string) => panel.getByLabel(label, { exact: true });
    await page.getByTestId('palette-crmConnector').click();
    await panel.getByRole('tab', { name: 'Connecteur CRM' }).click();
    await field('Compte externe').selectOption({ label: demoSalesforce.label });
    await field('Type').selectOption({ label: 'Import depuis le CRM' });
    await field('Objet distant').selectOption('Contact');
    const remote = panel.getByRole('table', { name: 'Champs distants' });
    for (const [i, name] of ['Email', 'LastName'].entries()) {
      await panel.getByRole('button', { name: 'Ajouter un champ distant' }).click();
      await remote.getByLabel(`Champ distant de la ligne ${i + 1}`).selectOption(name);
    }
    await drag('start', 'crmConnector');

    await page.getByTestId('palette-updateData').click();
    await field('Table').selectOption('nmsRecipient');
    await field('Opération').selectOption({ label: 'Insertion ou mise à jour' });
    await field('Colonnes de réconciliation').fill('salesforceId');
    const mapping = panel.getByRole('table', { name: 'Mapping' });
    for (const [i, [source, destination]] of [
      ['Id', 'salesforceId'],
      ['Email', 'email'],
      ['LastName', 'lastName'],
    ].entries()) {
      await panel.getByRole('button', { name: 'Ajouter une ligne de mapping' }).click();
      await mapping.getByLabel(`Colonne source de la ligne ${i + 1}`).fill(source ?? '');
      await mapping
        .getByLabel(`Colonne de destination de la ligne ${i + 1}`)
        .selectOption(destination ?? '');
    }
    await drag('crmConnector', 'updateData');
    await page.getByTestId('palette-end').click();
    await drag('updateData', 'end');

    const toolbar = page.getByRole('toolbar', { name: 'Workflow' });
    await toolbar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(editor.version).toHaveText('Version 2');
    await toolbar.getByRole('button', { name: 'Démarrer' }).click();
    await editor.expectRunStatus('succeeded');
    await expect(editor.runStatus).toHaveText('Terminé');
    const imported = (await editor.counts('crmConnector')).outputs.ok ?? 0;
    expect(imported).toBeGreaterThan(900);
    await expect(editor.runLog).toContainText(
      `${imported.toLocaleString('fr-FR')} enregistrement(s) importé(s) depuis Contact.`,
    );
    await expect(transition('crmConnector', 'updateData')).toContainText(
      `${imported.toLocaleString('fr-FR')} lignes`,
    );
  });
});
