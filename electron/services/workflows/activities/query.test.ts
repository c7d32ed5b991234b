import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemTexts } from '../test-support/problem-texts';
import type { z } from 'zod';
import type {
  recordFilterSchema,
  RecordRow,
  TableDefinitionInput,
} from '../../../../shared/domain/records';
import type { ActivityEnvironment } from '../activity';
import { engines } from '../../../test-support/record-stores';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { queryActivity } from './query';

const contacts: TableDefinitionInput = {
  name: 'Contact',
  label: 'Contacts',
  key: ['id'],
  columns: [
    { name: 'id', label: 'Id', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string' },
    { name: 'country', label: 'Country', type: 'string', length: 2 },
    { name: 'score', label: 'Score', type: 'double' },
  ],
};

const contact = (id: number): RecordRow => ({
  id,
  email: `person${id}@example.com`,
  country: id % 3 === 0 ? 'FR' : 'US',
  score: id / 2,
});

const activity = (settings: {
  table: string | null;
  filter?: z.input<typeof recordFilterSchema>;
}) => ({
  type: 'query' as const,
  id: 'query1',
  label: 'Query',
  position: { x: 0, y: 0 },
  ...settings,
});

describe.each(engines)('Query on %s', (engine) => {
  let h: ActivityHarness;
  beforeEach(async () => {
    h = await openActivityHarness({ engine });
    await h.env.records.ensureTable(contacts);
    await h.env.records.upsert(
      'Contact',
      Array.from({ length: 2500 }, (_, i) => contact(i + 1)),
    );
  });
  afterEach(() => h.dispose());

  it('copies the rows matching the filter into a work table with the columns and key', async () => {
    const run = await h.execute(
      queryActivity.execute,
      activity({
        table: 'Contact',
        filter: {
          combinator: 'and',
          conditions: [
            { column: 'country', operator: 'eq', value: 'FR' },
            { column: 'id', operator: 'le', value: 2400 },
          ],
        },
      }),
      null,
    );
    const ok = run.outcome.outputs.ok;
    expect(ok?.count).toBe(800);
    const rows = await h.rows(ok?.table ?? '', 'id');
    expect(rows).toHaveLength(800);
    expect(rows[0]).toEqual(contact(3));
    expect(rows.every((r) => r.country === 'FR' && Number(r.id) <= 2400)).toBe(true);
    const definition = await h.env.records.describeTable(ok?.table ?? '');
    expect(definition.key).toEqual(['id']);
    expect(definition.columns.map((c) => c.name)).toEqual(['id', 'email', 'country', 'score']);
    expect(run.progress.at(-1)).toEqual({ done: 800, total: 800 });
    expect(run.logs).toEqual([{ level: 'info', text: '800 rows of Contact selected.' }]);
  });

  it('selects every row without a filter, in several batches', async () => {
    const run = await h.execute(queryActivity.execute, activity({ table: 'Contact' }), null);
    expect(run.outcome.outputs.ok?.count).toBe(2500);
    expect(await h.env.records.count(run.outcome.outputs.ok?.table ?? '')).toBe(2500);
    expect(run.progress.length).toBeGreaterThan(2);
  });

  it('names an unknown table or column and makes no work table', async () => {
    const tables = async () => (await h.env.records.listTables()).length;
    const before = await tables();
    await expect(
      h.execute(queryActivity.execute, activity({ table: 'Nope' }), null),
    ).rejects.toThrow("There is no table 'Nope' in the record store.");
    await expect(
      h.execute(
        queryActivity.execute,
        activity({
          table: 'Contact',
          filter: { conditions: [{ column: 'city', operator: 'eq', value: 'Paris' }] },
        }),
        null,
      ),
    ).rejects.toThrow("Table 'Contact' has no column 'city'.");
    expect(await tables()).toBe(before);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('Cancelled.'));
    await expect(
      h.execute(queryActivity.execute, activity({ table: 'Contact' }), null, {
        signal: controller.signal,
      }),
    ).rejects.toThrow('Cancelled.');
  });
});

describe('Query checks', () => {
  it('asks for a table', async () => {
    const env = {} as ActivityEnvironment;
    const base = {
      id: 'q',
      label: '',
      position: { x: 0, y: 0 },
      onError: 'suspend',
      initScript: '',
    } as const;
    expect(
      await problemTexts(
        queryActivity.check?.({ ...base, type: 'query', table: null, filter: null }, env),
      ),
    ).toEqual(['Select a table.']);
    expect(
      queryActivity.check?.({ ...base, type: 'query', table: 'Contact', filter: null }, env),
    ).toEqual([]);
  });
});
