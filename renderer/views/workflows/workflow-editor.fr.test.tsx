import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../shared/domain/workflows/activity-settings';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import {
  EditorPanel,
  editorHandlers,
  openActivity,
  storedWorkflow,
} from '../../test-support/workflow-fixtures';
import { ActivityPalette } from './activity-palette';
import { ActivityProgress } from './activity-progress';

const importActivity: ActivityInput = {
  type: 'crmConnector',
  id: 'crmImport',
  label: 'Import opportunities',
  position: { x: 200, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Opportunity',
};

describe('the workflow editor in French', () => {
  beforeEach(() => act(() => void consoleI18n.changeLanguage('fr')));
  afterEach(() => act(() => void consoleI18n.changeLanguage('en')));

  it('words the toolbar, the CRM connector tabs and its import settings as Campaign does', async () => {
    const harness = consoleHarness(editorHandlers(storedWorkflow(importActivity)));
    const { user } = harness.render(<EditorPanel />);
    await openActivity(harness, 'crmImport');
    await screen.findByRole('option', { name: 'Opportunity (Opportunity)' });

    expect(screen.getByRole('toolbar', { name: 'Workflow' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Démarrer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Connecteur CRM/ })).toBeInTheDocument();
    for (const tab of ['Connecteur CRM', 'Comportement', 'Avancé'])
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();

    expect(screen.getByLabelText('Compte externe')).toHaveDisplayValue('Demo Salesforce');
    expect(screen.getByLabelText('Type')).toHaveDisplayValue('Import depuis le CRM');
    expect(screen.getByRole('radio', { name: 'Utiliser un filtre sur le CRM' })).toBeChecked();
    expect(screen.getByRole('table', { name: 'Champs distants' })).toBeInTheDocument();
    expect(screen.getByTestId('crm-filter-description')).toHaveTextContent(
      "Aucun filtre : tous les enregistrements de l'objet distant.",
    );
    expect(screen.getByTestId('automatic-index-summary')).toHaveTextContent(
      "Pas d'index automatique",
    );

    await user.click(screen.getByRole('button', { name: 'Ajouter un champ distant' }));
    expect(
      within(screen.getByRole('table', { name: 'Champs distants' })).getByRole('combobox', {
        name: 'Conversion de la ligne 1',
      }),
    ).toHaveDisplayValue('Par défaut (avec gestion des fuseaux horaires)');
    expect(screen.getByTestId('unsaved-changes')).toHaveTextContent(
      'Modifications non enregistrées',
    );

    const edit = screen.getByRole('button', { name: 'Editer le filtre...' });
    await waitFor(() => expect(edit).toHaveAttribute('aria-disabled', 'false'));
    await user.click(edit);
    const dialog = within(await screen.findByRole('dialog', { name: 'Editer le filtre' }));
    expect(dialog.getByText(/^Conditions sur les champs de Opportunity/)).toBeInTheDocument();
    const addCondition = dialog.getByRole('button', {
      name: 'Ajouter une condition au niveau principal',
    });
    await user.click(addCondition);
    await user.click(addCondition);
    expect(dialog.getByRole('combobox', { name: 'Liaison de la ligne 2' })).toHaveDisplayValue(
      'ET',
    );
    expect(dialog.getByRole('combobox', { name: 'Opérateur de la ligne 1' })).toHaveDisplayValue(
      '=',
    );
    await user.click(dialog.getByRole('button', { name: 'Annuler' }));

    await user.click(screen.getByRole('tab', { name: 'Comportement' }));
    expect(screen.getByRole('checkbox', { name: 'Traiter les rejets' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Générer une transition sortante' }),
    ).toBeInTheDocument();
  });

  it('names the activities of the palette and counts rows the French way', () => {
    const harness = consoleHarness();
    harness.render(
      <>
        <ActivityPalette onAdd={() => undefined} />
        <ActivityProgress progress={{ done: 12_000, total: 50_000, ratePerSecond: 1850.4 }} />
      </>,
    );
    const palette = screen.getByRole('navigation', { name: 'Activités' });
    for (const name of [
      'Requête',
      'Dédoublonnage',
      'Mise à jour de données',
      'Connecteur CRM',
      'Chargement de données (fichier)',
    ])
      expect(within(palette).getByRole('button', { name: `Ajouter : ${name}` })).toBeVisible();
    // French groups thousands with a narrow no-break space.
    expect(screen.getByTestId('activity-progress')).toHaveTextContent(
      /^12\s000 \/ 50\s000 lignes · 1\s850 lignes\/s$/,
    );
  });

  it('goes back to English when the operator switches language', async () => {
    const harness = consoleHarness();
    harness.render(<ActivityPalette onAdd={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Ajouter : Requête' })).toBeVisible();
    await act(() => consoleI18n.changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Add Query' })).toBeVisible();
  });
});
