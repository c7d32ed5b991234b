import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { ConfigurationWizard } from './configuration-wizard';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

const tables = [
  { name: 'Account', label: 'Account', custom: false },
  { name: 'Contact', label: 'Contact', custom: false },
  { name: 'Loyalty__c', label: 'Loyalty Membership', custom: true },
];

describe('configuration wizard, in French', () => {
  it('is the "Assistant de configuration" with its steps and buttons in French', async () => {
    const harness = consoleHarness({
      'wizard.listTables': () => ({ tables, selected: ['Contact'] }),
    });
    harness.stores.wizard.getState().open({
      name: 'demoSalesforce',
      label: 'Demo Salesforce',
      type: 'salesforce',
      configured: false,
    });
    const { user } = harness.render(<ConfigurationWizard />);

    expect(
      screen.getByRole('dialog', { name: /Assistant de configuration Salesforce/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Générer la liste des tables')).toBeInTheDocument();
    expect(
      screen.getByText("Cliquez sur 'Démarrer' pour récupérer les tables"),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Démarrer' }));
    expect(await screen.findByText(/^3 tables récupérées\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Suivant >' }));
    expect(screen.getByText('Tables disponibles')).toBeInTheDocument();
    expect(screen.getByText('1 sur 3 sélectionnées')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Nom interne de la table' })).toBeVisible();
  });
});
