import { describe, expect, it } from 'vitest';
import type { Option } from '../../shared/domain/options';
import { createConsoleClient } from '../api/console-client';
import { fakeBridge, recordingNotifier } from '../test-support/fake-bridge';
import { createOptionsStore } from './options-store';

function setUp() {
  let rows: Option[] = [{ name: 'A', label: 'a', type: 'text', value: 'x' }];
  const fake = fakeBridge({
    'options.list': () => rows,
    'options.create': (o) => {
      if (rows.some((r) => r.name === o.name))
        return {
          error: {
            code: 'ALREADY_EXISTS',
            message: `Option '${o.name}' already exists.`,
            details: { issues: [{ path: 'name', message: 'Already used.' }] },
          },
        };
      const saved = { ...o, label: o.label ?? '' } as Option;
      rows = [...rows, saved];
      return saved;
    },
    'options.update': ({ originalName, option }) => {
      const saved = option as Option;
      rows = rows.map((r) => (r.name === originalName ? saved : r));
      return saved;
    },
    'options.delete': ({ name }) => {
      rows = rows.filter((r) => r.name !== name);
      return null;
    },
  });
  const { notify, messages } = recordingNotifier();
  const store = createOptionsStore({ api: createConsoleClient(fake.bridge), notify });
  return { store, fake, messages, rows: () => rows };
}

const b: Option = { name: 'B', label: 'b', type: 'integer', value: '1' };

describe('options store', () => {
  it('loads the list', async () => {
    const { store } = setUp();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loaded: true, items: [{ name: 'A' }] });
  });

  it('creates from a new editor, keeps the saved record open, toasts and reloads', async () => {
    const { store, messages } = setUp();
    store.getState().openNew();
    await expect(store.getState().save(b)).resolves.toBe(true);
    expect(store.getState().editor).toEqual({ kind: 'edit', name: 'B' });
    expect(store.getState().items.map((o) => o.name)).toEqual(['A', 'B']);
    expect(messages).toEqual(["ok: Option 'B' saved."]);
  });

  it('keeps the editor and the refusal when the service refuses a save', async () => {
    const { store, messages, rows } = setUp();
    store.getState().openNew();
    await expect(store.getState().save({ ...b, name: 'A' })).resolves.toBe(false);
    expect(store.getState().editor).toEqual({ kind: 'new' });
    expect(store.getState().saveError).toMatchObject({
      code: 'ALREADY_EXISTS',
      issues: [{ path: 'name', message: 'Already used.' }],
    });
    expect(messages).toEqual([]);
    expect(rows()).toHaveLength(1);
  });

  it('updates under the original name, so a rename works', async () => {
    const { store, fake } = setUp();
    await store.getState().open('A');
    await store.getState().save({ name: 'A2', label: 'a', type: 'text', value: 'y' });
    expect(fake.calls.find((c) => c.channel === 'options.update')?.arg).toEqual({
      originalName: 'A',
      option: { name: 'A2', label: 'a', type: 'text', value: 'y' },
    });
    expect(store.getState().editor).toEqual({ kind: 'edit', name: 'A2' });
  });

  it('deletes, closing the editor that showed the record', async () => {
    const { store, messages } = setUp();
    await store.getState().open('a');
    await expect(store.getState().remove('A')).resolves.toBe(true);
    expect(store.getState().editor).toBeNull();
    expect(store.getState().items).toEqual([]);
    expect(messages).toEqual(["ok: Option 'A' deleted."]);
  });

  it('reports a refused delete as a failure toast', async () => {
    const { store, messages } = setUp();
    const fake = fakeBridge({
      'options.delete': ({ name }) => ({
        error: { code: 'NOT_FOUND', message: `Option '${name}' does not exist.` },
      }),
    });
    const failing = createOptionsStore({
      api: createConsoleClient(fake.bridge),
      notify: { success: () => undefined, failure: (m) => void messages.push(m) },
    });
    await expect(failing.getState().remove('Z')).resolves.toBe(false);
    expect(messages).toEqual(["Option 'Z' does not exist."]);
    expect(store.getState().editor).toBeNull();
  });
});
