import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { ExternalAccountsView } from './external-accounts-view';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

describe('external accounts, in French', () => {
  it('words the list and the form of a new account as the French documentation does', async () => {
    const harness = consoleHarness({ 'accounts.list': () => [], 'schemas.list': () => [] });
    const { user } = harness.render(<ExternalAccountsView />);

    expect(
      await screen.findByText(
        "Aucun compte externe pour l'instant. Cliquez sur Nouveau pour en créer un.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Nom interne' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nouveau' }));
    expect(screen.getByText('Nouveau compte externe')).toBeInTheDocument();
    expect(screen.getByLabelText(/Mot de passe/)).toBeInTheDocument();
    expect(
      screen.getByText('Enregistrez le compte externe pour tester sa connexion et le configurer.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
  });
});
