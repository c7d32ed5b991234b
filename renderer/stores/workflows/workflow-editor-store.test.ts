import { describe, expect, it } from 'vitest';
import type {
  StoredWorkflow,
  WorkflowInput,
} from '../../../shared/domain/workflows/workflow-graph';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createWorkflowEditorStore } from './workflow-editor-store';

const saved: StoredWorkflow = {
  name: 'wkfImport',
  label: 'Import',
  version: 3,
  updatedAt: '2024-05-01T10:00:00.000Z',
  activities: [
    {
      type: 'start',
      id: 'start',
      label: 'Start',
      position: { x: 0, y: 0 },
      onError: 'suspend',
      initScript: '',
    },
  ],
  transitions: [],
};

function setUp(
  update: (arg: {
    baseVersion: number;
    workflow: WorkflowInput;
  }) => StoredWorkflow | { error: { code: 'VALIDATION_FAILED'; message: string } },
) {
  const fake = fakeBridge({ 'workflows.get': () => saved, 'workflows.update': update });
  const notes = recordingNotifier();
  const store = createWorkflowEditorStore({
    api: createConsoleClient(fake.bridge),
    notify: notes.notify,
  });
  return { fake, store, notes };
}

describe('workflow editor store', () => {
  it('opens, edits and saves a new version on the one it was read from', async () => {
    const { fake, store, notes } = setUp(({ workflow }) => ({
      ...(workflow as StoredWorkflow),
      version: 4,
      updatedAt: '2024-05-02T10:00:00.000Z',
    }));
    await store.getState().open('wkfImport');
    expect(store.getState()).toMatchObject({
      dirty: false,
      draft: { activities: [{ id: 'start' }] },
    });
    const id = store.getState().add('crmConnector');
    expect(id).toBe('crmConnector');
    expect(store.getState().connect('start', 'ok', 'crmConnector')).toBe(true);
    expect(store.getState()).toMatchObject({
      dirty: true,
      selection: { kind: 'activity', id: 'crmConnector' },
    });

    expect(await store.getState().save()).toBe(true);
    const call = fake.calls.find((c) => c.channel === 'workflows.update');
    expect(call?.arg).toMatchObject({ originalName: 'wkfImport', baseVersion: 3 });
    expect(store.getState()).toMatchObject({ dirty: false, stored: { version: 4 } });
    expect(notes.messages).toEqual(["ok: Workflow 'Import' saved (version 4)."]);
  });

  it('keeps the draft and shows the refusal of a stale save', async () => {
    const { store } = setUp(() => ({
      error: { code: 'VALIDATION_FAILED', message: 'The workflow was changed since version 3.' },
    }));
    await store.getState().open('wkfImport');
    store.getState().add('wait');
    expect(await store.getState().save()).toBe(false);
    expect(store.getState().saveError?.message).toBe('The workflow was changed since version 3.');
    expect(store.getState()).toMatchObject({ dirty: true, stored: { version: 3 } });
    expect(store.getState().draft?.activities.map((a) => a.id)).toEqual(['start', 'wait']);
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ dirty: false, saveError: null });
    expect(store.getState().draft?.activities.map((a) => a.id)).toEqual(['start']);
  });

  it('says why a transition was refused, and deletes the selection', async () => {
    const { store } = setUp(() => saved);
    await store.getState().open('wkfImport');
    store.getState().add('end');
    expect(store.getState().connect('end', 'ok', 'start')).toBe(false);
    expect(store.getState().connectError).toBe("'End' has no ok output.");
    store.getState().removeSelection();
    expect(store.getState().draft?.activities.map((a) => a.id)).toEqual(['start']);
    expect(store.getState().selection).toBeNull();
  });

  it('saves nothing when an edit leaves the workflow as it was saved', async () => {
    const { fake, store } = setUp(() => saved);
    await store.getState().open('wkfImport');
    store.getState().move('start', { x: 0, y: 0 });
    const start = store.getState().draft?.activities[0];
    if (start) store.getState().update({ ...start });
    expect(store.getState().dirty).toBe(false);
    store.getState().move('start', { x: 40, y: 0 });
    expect(store.getState().dirty).toBe(true);
    store.getState().move('start', { x: 0, y: 0 });
    expect(store.getState().dirty).toBe(false);
    expect(await store.getState().save()).toBe(true);
    expect(fake.calls.some((c) => c.channel === 'workflows.update')).toBe(false);
  });
});
