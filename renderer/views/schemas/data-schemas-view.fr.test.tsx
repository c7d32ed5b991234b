import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { DataSchemasView } from './data-schemas-view';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

describe('data schemas, in French', () => {
  it('names its sections and empty lists in French', async () => {
    const harness = consoleHarness({ 'records.tables': () => [], 'schemas.list': () => [] });
    harness.render(<DataSchemasView />);

    expect(
      await screen.findByText('Schémas sources générés à partir des tables du CRM'),
    ).toBeInTheDocument();
    expect(screen.getByText("Tables de la base d'enregistrements")).toBeVisible();
    expect(screen.getByText(/^Aucun schéma de données pour l'instant\./)).toBeInTheDocument();
  });
});
