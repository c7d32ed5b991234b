import { describe, expect, it } from 'vitest';
import { recipientsTable } from '../../../shared/domain/recipients';
import { tableDefinitionSchema } from '../../../shared/domain/records';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge } from '../../test-support/fake-bridge';
import { createSchemasStore } from './schemas-store';

const definition = tableDefinitionSchema.parse(recipientsTable);

function setUp() {
  const fake = fakeBridge({
    'records.tables': () => [{ name: 'nmsRecipient', label: 'Recipients', kind: 'table' }],
    'records.describe': ({ table }) =>
      table === 'nmsRecipient'
        ? definition
        : { error: { code: 'NOT_FOUND', message: `Table '${table}' does not exist.` } },
  });
  return createSchemasStore({ api: createConsoleClient(fake.bridge) });
}

describe('schemas store', () => {
  it('lists the tables and describes the one opened', async () => {
    const store = setUp();
    await store.getState().load();
    expect(store.getState().items).toEqual([
      { name: 'nmsRecipient', label: 'Recipients', kind: 'table' },
    ]);
    await store.getState().open('nmsRecipient');
    expect(store.getState().current?.key).toEqual(['id']);
    store.getState().closeEditor();
    expect(store.getState()).toMatchObject({ editor: null, current: null });
  });

  it('keeps the refusal of a table that went away', async () => {
    const store = setUp();
    await store.getState().open('gone');
    expect(store.getState()).toMatchObject({
      current: null,
      detailError: expect.objectContaining({ message: "Table 'gone' does not exist." }),
    });
  });
});
