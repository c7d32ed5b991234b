import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncRow } from '../../../shared/domain/enumeration-sync';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { EnumerationSyncDialog } from './enumeration-sync-dialog';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

const rows: SyncRow[] = [
  {
    id: 'Contact.LeadSource',
    crmEnumeration: "List of 'Lead Source' from 'Contact'",
    defaultTarget: 'Contact_LeadSource',
    valueCount: 3,
    refusal: null,
  },
];

describe('enumeration sync, in French', () => {
  it('is "Synchroniser des énumérations" with the documentation’s Remplacer column', async () => {
    const harness = consoleHarness({
      'enumerations.syncRows': () => rows,
      'enumerations.list': () => [],
    });
    harness.render(<EnumerationSyncDialog />);
    await act(() =>
      harness.stores.enumerationSync
        .getState()
        .open({ name: 'demoSalesforce', label: 'Demo Salesforce' }),
    );
    const table = await screen.findByRole('table');

    expect(screen.getByRole('dialog', { name: 'Synchroniser des énumérations' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Remplacer' })).toBeVisible();
    expect(within(table).getByText(/3 valeurs/)).toBeVisible();
    expect(within(table).getByRole('option', { name: 'Oui' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivant >' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeEnabled();
  });
});
