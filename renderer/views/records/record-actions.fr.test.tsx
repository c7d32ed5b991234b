import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genderEnumeration, recipientsTableName } from '../../../shared/domain/recipients';
import type { TableDefinition } from '../../../shared/domain/records';
import { consoleI18n } from '../../i18n/console-i18n';
import { consoleHarness } from '../../test-support/render-with-stores';
import { describeCondition } from './filter-conditions';
import { valueFormatter } from './format-value';
import { RecordActions } from './record-actions';

beforeEach(() => act(() => consoleI18n.changeLanguage('fr')));
afterEach(() => act(() => consoleI18n.changeLanguage('en')));

const definition: TableDefinition = {
  name: recipientsTableName,
  label: 'Recipients',
  key: ['id'],
  uniqueKeys: [],
  columns: [
    { name: 'id', label: 'Primary key', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string', length: 128 },
    { name: 'blackList', label: 'No longer contact', type: 'boolean' },
  ],
};

describe('the data explorer, in French', () => {
  it('offers New, Edit, Delete and Import, and a new record form, in French', async () => {
    const harness = consoleHarness({
      'records.describe': () => definition,
      'records.count': () => 0,
      'records.page': () => [],
      'enumerations.get': () => genderEnumeration,
    });
    await act(() => harness.stores.records.getState().open(recipientsTableName));
    await waitFor(() => expect(harness.stores.records.getState().rowsReady).toBe(true));
    const { user } = harness.render(<RecordActions definition={definition} />);

    expect(screen.getByRole('button', { name: 'Modifier' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Nouveau' }));
    expect(
      screen.getByRole('dialog', { name: 'Nouvel enregistrement de Recipients' }),
    ).toBeVisible();
    expect(screen.getByText('Numéroté par la console.')).toBeVisible();
    expect(screen.getByText("Jusqu'à 128 caractères.")).toBeVisible();
  });

  it('words filter tags and yes/no values in French', () => {
    const tag = describeCondition(
      definition.columns,
      { column: 'blackList', operator: 'eq', value: true },
      {},
    );
    expect(tag).toBe('No longer contact égal à Oui');
    const column = definition.columns[2];
    if (!column) throw new Error('no column');
    expect(valueFormatter(column, undefined)(false).text).toBe('Non');
  });
});
