import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { genderEnumeration, recipientsTableName } from '../../../shared/domain/recipients';
import type { RecordRow, TableDefinition } from '../../../shared/domain/records';
import { consoleHarness } from '../../test-support/render-with-stores';
import type { FakeHandlers } from '../../test-support/fake-bridge';
import { RecordActions } from './record-actions';

const definition: TableDefinition = {
  name: recipientsTableName,
  label: 'Recipients',
  key: ['id'],
  uniqueKeys: [['salesforceId']],
  columns: [
    { name: 'id', label: 'Primary key', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string', length: 128 },
    { name: 'gender', label: 'Gender', type: 'byte', enumeration: genderEnumeration.name },
    { name: 'birthDate', label: 'Birth date', type: 'date' },
    { name: 'blackList', label: 'No longer contact', type: 'boolean' },
    { name: 'created', label: 'Created', type: 'datetime' },
    { name: 'lastModified', label: 'Last modified', type: 'datetime' },
    { name: 'salesforceId', label: 'Salesforce id', type: 'string', length: 18 },
  ],
};
const stored: RecordRow = {
  id: 7,
  email: 'ann@example.com',
  gender: 2,
  birthDate: '1990-05-17',
  blackList: false,
  created: '2026-03-02T12:00:00.000Z',
  lastModified: '2026-03-02T12:00:00.000Z',
  salesforceId: null,
};

async function openRecipients(handlers: FakeHandlers) {
  const harness = consoleHarness({
    'records.describe': () => definition,
    'records.count': () => 1,
    'records.page': () => [stored],
    'enumerations.get': () => genderEnumeration,
    ...handlers,
  });
  await act(() => harness.stores.records.getState().open(recipientsTableName));
  await waitFor(() => expect(harness.stores.records.getState().rowsReady).toBe(true));
  const view = harness.render(<RecordActions definition={definition} />);
  return { ...harness, ...view };
}

describe('record actions of the data explorer', () => {
  it('a form with something typed counts as unsaved work, until it is cancelled or the view left', async () => {
    const { user, stores, unmount } = await openRecipients({ 'records.check': () => [] });
    const unsaved = () => stores.unsavedForms.getState().forms.length;
    await user.click(screen.getByTestId('record-new'));
    expect(unsaved()).toBe(0);
    await user.type(screen.getByTestId('record-field-email'), 'ann@example.com');
    expect(unsaved()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(unsaved()).toBe(0);

    await user.click(screen.getByTestId('record-new'));
    await user.type(screen.getByTestId('record-field-email'), 'bob@example.com');
    expect(unsaved()).toBe(1);
    unmount();
    expect(unsaved()).toBe(0);
    expect(stores.recordEditor.getState().form).toBeNull();
  });

  it('New: a form from the column types; the store checks a field as it is left; Create sends the values', async () => {
    const { user, callsTo, messages } = await openRecipients({
      'records.check': ({ values }) =>
        String(values.email ?? '').length > 128
          ? [{ path: 'email', message: '129 characters is more than the 128 the column holds.' }]
          : [],
      'records.create': ({ values }) => ({ ...stored, ...values, id: 8 }),
    });
    await user.click(screen.getByTestId('record-new'));
    expect(screen.getByTestId('record-field-id')).toBeDisabled();
    expect(screen.getByText('Numbered by the console.')).toBeVisible();
    expect(screen.getByTestId('record-field-created')).toBeDisabled();
    expect(screen.getByTestId('record-field-birthDate')).toHaveAttribute('type', 'date');
    expect(
      [...screen.getByTestId('record-field-gender').querySelectorAll('option')].map(
        (o) => o.textContent,
      ),
    ).toEqual(['(none)', 'Unknown', 'Male', 'Female']);

    await user.type(screen.getByTestId('record-field-email'), 'x'.repeat(129));
    await user.tab();
    expect(await screen.findByTestId('record-field-email-error')).toHaveTextContent(
      '129 characters is more than the 128 the column holds.',
    );
    await user.clear(screen.getByTestId('record-field-email'));
    await user.type(screen.getByTestId('record-field-email'), 'bob@example.com');
    expect(screen.queryByTestId('record-field-email-error')).toBeNull();
    await user.selectOptions(screen.getByTestId('record-field-gender'), 'Male');
    await user.type(screen.getByTestId('record-field-birthDate'), '1985-01-31');
    await user.click(screen.getByTestId('record-field-blackList'));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByTestId('record-form')).toBeNull());
    expect(callsTo('records.create').map((c) => c.arg)).toEqual([
      {
        table: recipientsTableName,
        values: { email: 'bob@example.com', gender: 1, birthDate: '1985-01-31', blackList: true },
      },
    ]);
    expect(messages).toContain('ok: Record created.');
  });

  it('Edit: only the changed fields go, with the row as read; a conflict is shown in the form', async () => {
    const { user, stores, callsTo } = await openRecipients({
      'records.update': () => ({
        error: {
          code: 'CONFLICT',
          message: 'The record with id 7 was changed by someone else since it was opened (email).',
        },
      }),
    });
    expect(screen.getByTestId('record-edit')).toBeDisabled();
    act(() => stores.recordEditor.getState().select([0]));
    await user.click(screen.getByTestId('record-edit'));
    expect(screen.getByTestId('record-field-id')).toHaveValue('7');
    expect(screen.getByTestId('record-field-id')).toBeDisabled();
    await user.clear(screen.getByTestId('record-field-email'));
    await user.type(screen.getByTestId('record-field-email'), 'ann.smith@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('record-form-error')).toHaveTextContent(
      'was changed by someone else',
    );
    expect(callsTo('records.update').map((c) => c.arg)).toEqual([
      { table: recipientsTableName, original: stored, values: { email: 'ann.smith@example.com' } },
    ]);
  });

  it('Delete: asks first, then deletes the selected rows by key', async () => {
    const { user, stores, callsTo, messages } = await openRecipients({
      'records.delete': ({ keys }) => keys.length,
    });
    act(() => stores.recordEditor.getState().select([0]));
    await user.click(screen.getByTestId('record-delete'));
    expect(screen.getByTestId('confirm-delete-message')).toHaveTextContent(
      'Delete the selected record of Recipients? This cannot be undone.',
    );
    expect(callsTo('records.delete')).toEqual([]);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(messages).toContain('ok: 1 record deleted.'));
    expect(callsTo('records.delete').map((c) => c.arg)).toEqual([
      { table: recipientsTableName, keys: [{ id: 7 }] },
    ]);
  });
});
