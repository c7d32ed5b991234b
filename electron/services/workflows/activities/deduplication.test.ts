import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frenchText } from '../../../test-support/french-text';
import { failure } from '../test-support/engine-helpers';
import { problemTexts } from '../test-support/problem-texts';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import type { ActivityEnvironment } from '../activity';
import { engines } from '../../../test-support/record-stores';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { deduplicationActivity } from './deduplication';

const columns: ColumnDefinition[] = [
  { name: 'line', label: 'Line', type: 'long' },
  { name: 'email', label: 'Email', type: 'string' },
  { name: 'country', label: 'Country', type: 'string' },
  { name: 'modified', label: 'Modified', type: 'datetime' },
  { name: 'note', label: 'Note', type: 'string' },
];

const activity = (keys: string[], modifiedColumn: string | null = 'modified') => ({
  type: 'deduplication' as const,
  id: 'dedup1',
  label: 'Deduplication',
  position: { x: 0, y: 0 },
  keys,
  modifiedColumn,
});

describe.each(engines)('Deduplication on %s', (engine) => {
  let h: ActivityHarness;
  beforeEach(async () => {
    h = await openActivityHarness({ engine });
  });
  afterEach(() => h.dispose());

  const lines = async (table: string | undefined) =>
    (await h.rows(table ?? '', 'line')).map((r) => r.line);

  it('keeps the most recently modified row of each key, the first one on a tie', async () => {
    const input = await h.populate(
      columns,
      ['line'],
      [
        { line: 1, email: 'a@x.com', modified: '2026-01-01T10:00:00Z' },
        { line: 2, email: 'a@x.com', modified: '2026-03-01T10:00:00Z' },
        { line: 3, email: 'a@x.com', modified: '2026-02-01T10:00:00Z' },
        { line: 4, email: 'b@x.com', modified: '2026-01-01T10:00:00Z' },
        { line: 5, email: 'b@x.com', modified: '2026-01-01T10:00:00Z' },
        { line: 6, email: 'c@x.com', modified: null },
        { line: 7, email: 'c@x.com', modified: '2020-01-01T00:00:00Z' },
        { line: 8, email: 'd@x.com', modified: '2026-01-01T10:00:00Z' },
      ],
    );
    const run = await h.execute(deduplicationActivity.execute, activity(['email']), input);
    expect(await lines(run.outcome.outputs.ok?.table)).toEqual([2, 4, 7, 8]);
    expect(run.outcome.outputs.ok?.count).toBe(4);
    expect(run.logs).toEqual([{ level: 'info', text: '4 duplicates removed; 4 of 8 rows kept.' }]);
    const out = await h.env.records.describeTable(run.outcome.outputs.ok?.table ?? '');
    expect(out.key).toEqual(['line']);
    expect(out.columns).toEqual(columns);
  });

  it('keeps the first in key order without a modification column, on several keys', async () => {
    const input = await h.populate(
      columns,
      ['line'],
      [
        { line: 1, email: 'a@x.com', country: 'FR' },
        { line: 2, email: 'a@x.com', country: 'US' },
        { line: 3, email: 'a@x.com', country: 'FR' },
        { line: 4, email: 'a@x.com', country: null },
        { line: 5, email: 'a@x.com', country: null },
      ],
    );
    const run = await h.execute(
      deduplicationActivity.execute,
      activity(['email', 'country'], null),
      input,
    );
    expect(await lines(run.outcome.outputs.ok?.table)).toEqual([1, 2, 4]);
  });

  it('keeps every row whose keys are all empty', async () => {
    const input = await h.populate(
      columns,
      ['line'],
      [
        { line: 1, email: null, country: null },
        { line: 2, email: null, country: null },
        { line: 3, email: '', country: '' },
        { line: 4, email: '', country: null },
        { line: 5, email: 'a@x.com', country: null },
        { line: 6, email: 'a@x.com', country: null },
      ],
    );
    const run = await h.execute(
      deduplicationActivity.execute,
      activity(['email', 'country'], null),
      input,
    );
    expect(await lines(run.outcome.outputs.ok?.table)).toEqual([1, 2, 3, 4, 5]);
    expect(run.logs[0]?.text).toBe('1 duplicate removed; 5 of 6 rows kept.');
  });

  it('follows groups across batches', async () => {
    const rows: RecordRow[] = Array.from({ length: 3001 }, (_, i) => ({
      line: i + 1,
      email: `p${Math.floor(i / 3)}@x.com`,
      modified: `2026-01-01T00:00:${String(59 - (i % 3)).padStart(2, '0')}Z`,
    }));
    const input = await h.populate(columns, ['line'], rows);
    const run = await h.execute(deduplicationActivity.execute, activity(['email']), input);
    expect(run.outcome.outputs.ok?.count).toBe(1001);
    const kept = await lines(run.outcome.outputs.ok?.table);
    expect(kept).toEqual(Array.from({ length: 1001 }, (_, i) => i * 3 + 1));
    expect(run.progress.at(-1)).toEqual({ done: 3001, total: 3001 });
  });

  it('refuses unknown columns, a text modification column and a missing population', async () => {
    const input = await h.populate(columns, ['line'], [{ line: 1, email: 'a@x.com' }]);
    await expect(
      h.execute(deduplicationActivity.execute, activity(['mail', 'zip']), input),
    ).rejects.toThrow("The input population has no column 'mail', 'zip'.");
    await expect(
      h.execute(deduplicationActivity.execute, activity(['email'], 'note'), input),
    ).rejects.toThrow("The modification column 'note' is a string");
    await expect(
      h.execute(deduplicationActivity.execute, activity(['email']), null),
    ).rejects.toThrow('Deduplication needs a population');
    const refusal = await failure(
      h.execute(deduplicationActivity.execute, activity(['email'], 'note'), input),
    );
    expect(frenchText(refusal.text)).toBe(
      "La colonne de modification 'note' est de type string ; choisissez une colonne de date, d'heure ou de nombre.",
    );
  });
});

describe('Deduplication checks', () => {
  const env = {} as ActivityEnvironment;
  const base = {
    id: 'd',
    label: '',
    position: { x: 0, y: 0 },
    onError: 'suspend',
    initScript: '',
  } as const;

  it('asks for a key', async () => {
    const dedup = { ...base, type: 'deduplication' as const, modifiedColumn: null };
    expect(await problemTexts(deduplicationActivity.check?.({ ...dedup, keys: [] }, env))).toEqual([
      'Choose at least one column to deduplicate on.',
    ]);
    expect(deduplicationActivity.check?.({ ...dedup, keys: ['email'] }, env)).toEqual([]);
  });
});
