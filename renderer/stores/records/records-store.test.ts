import { describe, expect, it } from 'vitest';
import { genderEnumeration, recipientsTable } from '../../../shared/domain/recipients';
import {
  tableDefinitionSchema,
  type PageRequest,
  type RecordRow,
} from '../../../shared/domain/records';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createJobsStore } from '../jobs/jobs-store';
import { createRecordsStore } from './records-store';

const definition = tableDefinitionSchema.parse(recipientsTable);
const all: RecordRow[] = Array.from({ length: 450 }, (_, i) => ({
  id: i + 1,
  lastName: `Name${String(449 - i).padStart(3, '0')}`,
  gender: i % 2 ? 1 : 2,
}));
const jobId = '6c1f3f4e-8a71-4c55-9a3f-6e0f4b7f2a10';

function setUp() {
  const fake = fakeBridge({
    'records.describe': () => definition,
    'enumerations.get': () => genderEnumeration,
    'records.count': ({ filter }) =>
      filter?.conditions[0]?.value === 'bad'
        ? { error: { code: 'VALIDATION_FAILED', message: "Filter on 'id': 'bad' is refused." } }
        : filter
          ? 7
          : all.length,
    'records.page': (request) => {
      const { offset, limit, sort } = request as PageRequest;
      const rows = sort
        ? [...all].sort((a, b) => String(a.lastName).localeCompare(String(b.lastName)))
        : all;
      return rows.slice(offset, offset + limit);
    },
    'records.exportCsv': () => ({ jobId }),
  });
  const { notify, messages } = recordingNotifier();
  const deps = { api: createConsoleClient(fake.bridge), notify };
  const jobs = createJobsStore(deps);
  const store = createRecordsStore(deps, jobs);
  const calls = (channel: string) => fake.calls.filter((c) => c.channel === channel);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { store, jobs, fake, calls, messages, settle };
}

describe('records store', () => {
  it('opens a table with one count and one page, beside its definition and enumerations', async () => {
    const { store, calls, settle } = setUp();
    const opening = store.getState().open('nmsRecipient');
    expect(calls('records.count')).toHaveLength(1);
    expect(calls('records.page').map((c) => c.arg)).toEqual([
      { table: 'nmsRecipient', offset: 0, limit: 200 },
    ]);
    await opening;
    await settle();
    expect(calls('enumerations.get').map((c) => c.arg)).toEqual([{ name: 'nmsRecipient_gender' }]);
    const state = store.getState();
    expect(state.count).toBe(450);
    expect(state.definition?.name).toBe('nmsRecipient');
    expect(state.enumerations.nmsRecipient_gender?.[2]?.label).toBe('Female');
    expect(state.rowAt(199)).toMatchObject({ id: 200 });
    // The page after the screen is prefetched, and nothing further.
    expect(state.rowAt(200)).toMatchObject({ id: 201 });
    expect(state.rowAt(400)).toBeUndefined();
  });

  it('fetches the pages a scroll brings on screen, and says when they are all there', async () => {
    const { store, calls, settle } = setUp();
    await store.getState().open('nmsRecipient');
    await settle();
    store.getState().showRows(420, 440);
    expect(store.getState().rowsReady).toBe(false);
    await settle();
    expect(calls('records.page').map((c) => (c.arg as PageRequest).offset)).toContain(400);
    expect(store.getState().rowAt(430)).toMatchObject({ id: 431 });
    expect(store.getState().rowsReady).toBe(true);
  });

  it('sorts without counting again, and keeps the table open when reopened', async () => {
    const { store, calls, settle } = setUp();
    await store.getState().open('nmsRecipient');
    await settle();
    store.getState().sortBy({ column: 'lastName', descending: false });
    await settle();
    expect(calls('records.count')).toHaveLength(1);
    const sorted = calls('records.page').filter((c) => 'sort' in (c.arg as PageRequest));
    expect(sorted[0]?.arg).toMatchObject({
      offset: 0,
      sort: [{ column: 'lastName', descending: false }],
    });
    expect(store.getState().rowAt(0)).toMatchObject({ lastName: 'Name000' });
    await store.getState().open('nmsRecipient');
    expect(calls('records.describe')).toHaveLength(1);
  });

  it('applies the draft filter, with a condition not added yet, to the count and the rows', async () => {
    const { store, calls, settle } = setUp();
    await store.getState().open('nmsRecipient');
    store.getState().addCondition({ column: 'email', operator: 'contains', value: 'son' });
    store.getState().setCombinator('or');
    store.getState().applyFilter({ column: 'gender', operator: 'eq', value: 2 });
    await settle();
    const filter = {
      combinator: 'or',
      conditions: [
        { column: 'email', operator: 'contains', value: 'son' },
        { column: 'gender', operator: 'eq', value: 2 },
      ],
    };
    expect(calls('records.count').at(-1)?.arg).toEqual({ table: 'nmsRecipient', filter });
    expect(
      calls('records.page').some((c) => (c.arg as PageRequest).filter?.combinator === 'or'),
    ).toBe(true);
    expect(store.getState()).toMatchObject({ count: 7, filter, queryError: null });
    store.getState().clearFilter();
    await settle();
    expect(store.getState()).toMatchObject({ count: 450, filter: null, draft: { conditions: [] } });
  });

  it('keeps the service’s refusal of a filter to show it', async () => {
    const { store, settle } = setUp();
    await store.getState().open('nmsRecipient');
    store.getState().applyFilter({ column: 'id', operator: 'eq', value: 'bad' });
    await settle();
    expect(store.getState().queryError).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: "Filter on 'id': 'bad' is refused.",
    });
  });

  it('hides columns but always keeps one', async () => {
    const { store } = setUp();
    await store.getState().open('nmsRecipient');
    const names = definition.columns.map((c) => c.name);
    for (const name of names) store.getState().setColumnVisible(name, false);
    expect(store.getState().hidden).toEqual(names.slice(0, -1));
    store.getState().setColumnVisible('id', true);
    expect(store.getState().hidden).not.toContain('id');
  });

  it('exports the shown columns with the filter and the sort, and follows the job', async () => {
    const { store, jobs, calls, messages, settle } = setUp();
    await store.getState().open('nmsRecipient');
    store.getState().setColumnVisible('phone', false);
    store.getState().sortBy({ column: 'lastName', descending: true });
    store.getState().applyFilter({ column: 'gender', operator: 'eq', value: 2 });
    await settle();
    await store.getState().exportCsv();
    const { query } = calls('records.exportCsv')[0]?.arg as { query: Record<string, unknown> };
    expect(query.columns).toEqual(
      definition.columns.map((c) => c.name).filter((c) => c !== 'phone'),
    );
    expect(query.sort).toEqual([{ column: 'lastName', descending: true }]);
    expect(query.filter).toMatchObject({ conditions: [{ column: 'gender', value: 2 }] });
    expect(store.getState().exportJobId).toBe(jobId);
    jobs.getState().apply({ type: 'job.progress', jobId, done: 3, total: 7 });
    expect(jobs.getState().jobs[jobId]).toMatchObject({ status: 'running', done: 3, total: 7 });
    jobs.getState().apply({
      type: 'job.finished',
      jobId,
      outcome: 'succeeded',
      result: { rows: 7, exportFile: 'nmsRecipient-20261120-083000.csv', exportPath: '/x' },
    });
    expect(messages).toEqual(['ok: Export of Recipients finished: 7 rows.']);
  });
});
