import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { OptionsView } from './options-view';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

describe('options, in French', () => {
  it('lists and edits options in French, the date format help included', async () => {
    const harness = consoleHarness({
      'options.list': () => [{ name: 'lastSync', label: 'Last sync', type: 'datetime', value: '' }],
    });
    const { user } = harness.render(<OptionsView />);

    expect(await screen.findByRole('cell', { name: 'Date/heure' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Valeur' })).toBeInTheDocument();

    await user.click(screen.getByRole('cell', { name: 'lastSync' }));
    expect(await screen.findByText('Option lastSync')).toBeInTheDocument();
    expect(
      screen.getByText(/^Format : .* \(horloge de 24 heures, sans fuseau horaire\)\.$/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Supprimer' })).toBeInTheDocument();
  });
});
