import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import { recipientsTable, recipientsTableName } from '../../../../shared/domain/recipients';
import type { UpdateOperation } from '../../../../shared/domain/workflows/update-data-settings';
import type { RecordStore, RecordWriter } from '../../../storage/records/record-store';
import { frenchText } from '../../../test-support/french-text';
import { engines } from '../../../test-support/record-stores';
import type { Population } from '../activity';
import { failure } from '../test-support/engine-helpers';
import { problemTexts } from '../test-support/problem-texts';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { updateDataActivity } from './update-data';

/** A CRM import's population: Salesforce contacts. */
const contactColumns: ColumnDefinition[] = [
  { name: 'Id', label: 'Id', type: 'string', length: 18 },
  { name: 'Email', label: 'Email', type: 'string', length: 255 },
  { name: 'LastName', label: 'Last name', type: 'string', length: 80 },
];
const mapping = [
  { source: 'Id', destination: 'salesforceId' },
  { source: 'Email', destination: 'email' },
  { source: 'LastName', destination: 'lastName' },
];
const sfId = (n: number) => `003${String(n).padStart(15, '0')}`;
const contact = (n: number, extra: RecordRow = {}): RecordRow => ({
  Id: sfId(n),
  Email: `c${n}@example.com`,
  LastName: `Name${n}`,
  ...extra,
});

const activity = (
  operation: UpdateOperation,
  settings: Partial<{
    processRejects: boolean;
    reconciliation: string[];
    mapping: { source: string; destination: string }[];
    table: string;
  }> = {},
) => ({
  type: 'updateData' as const,
  id: 'update1',
  label: 'Update data',
  position: { x: 0, y: 0 },
  table: recipientsTableName,
  operation,
  reconciliation: ['salesforceId'],
  mapping,
  ...settings,
});

describe.each(engines)('Update data on %s', (engine) => {
  let h: ActivityHarness;
  let store: RecordStore;
  beforeEach(async () => {
    h = await openActivityHarness({ engine });
    store = h.env.records;
    await store.ensureTable(recipientsTable);
    await store.upsert(recipientsTableName, [
      { id: 7, salesforceId: sfId(1), email: 'old1@example.com', firstName: 'Ann' },
      { id: 9, salesforceId: sfId(2), email: 'old2@example.com' },
      { id: 12, salesforceId: null, email: 'local@example.com' },
    ]);
  });
  afterEach(() => h.dispose());

  const recipients = async () =>
    (await h.rows(recipientsTableName, 'id')).map((r) => ({
      id: r.id,
      salesforceId: r.salesforceId,
      email: r.email,
      firstName: r.firstName,
    }));
  const contacts = (rows: RecordRow[]): Promise<Population> =>
    h.populate(contactColumns, ['Id'], rows);

  it('refuses, before writing any row, a mapping whose source can never fill its column', async () => {
    const input = await contacts([contact(1), contact(3)]);
    const wrong = [...mapping, { source: 'Id', destination: 'dynamicsId' }];
    await expect(
      h.execute(updateDataActivity.execute, activity('upsert', { mapping: wrong }), input),
    ).rejects.toThrow(
      "Column 'Id' (text of up to 18 characters) cannot fill 'dynamicsId' (a uuid): a uuid takes 36 characters.",
    );
    expect((await recipients()).map((r) => r.id)).toEqual([7, 9, 12]);
  });

  it('upserts on a unique key: existing records keep their id, new ones get max + 1', async () => {
    const input = await contacts([contact(1), contact(3), contact(2), contact(4)]);
    const run = await h.execute(updateDataActivity.execute, activity('upsert'), input);
    expect(await recipients()).toEqual([
      { id: 7, salesforceId: sfId(1), email: 'c1@example.com', firstName: 'Ann' },
      { id: 9, salesforceId: sfId(2), email: 'c2@example.com', firstName: null },
      { id: 12, salesforceId: null, email: 'local@example.com', firstName: null },
      { id: 13, salesforceId: sfId(3), email: 'c3@example.com', firstName: null },
      { id: 14, salesforceId: sfId(4), email: 'c4@example.com', firstName: null },
    ]);
    expect(run.outcome.outputs).toEqual({ ok: { table: expect.any(String), count: 4 } });
    expect(await h.rows(run.outcome.outputs.ok?.table ?? '', 'Id')).toEqual(
      [1, 2, 3, 4].map((n) => contact(n)),
    );
    expect(run.logs).toEqual([
      { level: 'info', text: '4 rows written to nmsRecipient, 0 rejected.' },
    ]);
    expect(run.progress.at(-1)).toEqual({ done: 4, total: 4 });
  });

  it('stamps Created on new records and Last modified on every record written, from the clock', async () => {
    await store.upsert(recipientsTableName, [
      { id: 7, created: '2020-01-01T00:00:00.000Z', lastModified: '2020-01-01T00:00:00.000Z' },
    ]);
    const input = await contacts([contact(1), contact(3)]);
    await h.execute(updateDataActivity.execute, activity('upsert'), input);
    const stamps = (await h.rows(recipientsTableName, 'id')).map((r) => [
      r.id,
      r.created,
      r.lastModified,
    ]);
    const now = '2026-03-02T12:00:00.000Z';
    expect(stamps).toEqual([
      [7, '2020-01-01T00:00:00.000Z', now],
      [9, null, null],
      [12, null, null],
      [13, now, now],
    ]);
  });

  it('inserts new records and rejects those that exist, with a reject population', async () => {
    const input = await contacts([contact(1), contact(3)]);
    const run = await h.execute(
      updateDataActivity.execute,
      activity('insert', { processRejects: true }),
      input,
    );
    expect(run.outcome.outputs.ok?.count).toBe(1);
    expect(run.outcome.outputs.reject?.count).toBe(1);
    expect(await h.rows(run.outcome.outputs.reject?.table ?? '', 'Id')).toEqual([
      {
        ...contact(1),
        errorSymbol: 'ALREADY_EXISTS',
        errorMessage: `A record with salesforceId '${sfId(1)}' already exists in 'nmsRecipient'.`,
      },
    ]);
    expect((await recipients()).at(-1)).toEqual({
      id: 13,
      salesforceId: sfId(3),
      email: 'c3@example.com',
      firstName: null,
    });
    expect(run.logs.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('inserts every row as a new record when the key is generated and no column reconciles', async () => {
    const input = await contacts([contact(5), contact(6)]);
    const insert = activity('insert', { reconciliation: [] });
    const run = await h.execute(updateDataActivity.execute, insert, input);
    expect(run.outcome.outputs.ok?.count).toBe(2);
    expect((await recipients()).slice(-2)).toEqual([
      { id: 13, salesforceId: sfId(5), email: 'c5@example.com', firstName: null },
      { id: 14, salesforceId: sfId(6), email: 'c6@example.com', firstName: null },
    ]);
  });

  it('rejects an insert whose reconciliation key repeats one earlier in the batch', async () => {
    const input = await h.populate(
      [{ name: 'line', label: 'Line', type: 'long' }, ...contactColumns],
      ['line'],
      [
        { line: 1, ...contact(8) },
        { line: 2, ...contact(8, { Email: 'again@example.com' }) },
      ],
    );
    const run = await h.execute(
      updateDataActivity.execute,
      activity('insert', { processRejects: true }),
      input,
    );
    expect(
      (await h.rows(run.outcome.outputs.reject?.table ?? '', 'line')).map((r) => r.line),
    ).toEqual([2]);
    expect((await recipients()).filter((r) => r.salesforceId === sfId(8))).toEqual([
      { id: 13, salesforceId: sfId(8), email: 'c8@example.com', firstName: null },
    ]);
  });

  it('updates only records that exist; the others are warned about in the log', async () => {
    const input = await contacts([contact(2), contact(6)]);
    const run = await h.execute(updateDataActivity.execute, activity('update'), input);
    expect(run.outcome.outputs).toEqual({ ok: { table: expect.any(String), count: 1 } });
    expect(await recipients()).toHaveLength(3);
    expect((await recipients())[1]?.email).toBe('c2@example.com');
    expect(run.logs).toEqual([
      {
        level: 'warning',
        text: `Rejected (Id "${sfId(6)}"): No record with salesforceId '${sfId(6)}' in 'nmsRecipient' to update.`,
      },
      { level: 'info', text: '1 row written to nmsRecipient, 1 rejected.' },
    ]);
    expect(run.logMessages.map(frenchText)[0]).toBe(
      `Rejetée (Id "${sfId(6)}") : Aucun enregistrement avec salesforceId '${sfId(6)}' dans 'nmsRecipient' à mettre à jour.`,
    );
  });

  it('rejects only the rows with bad values, not their batch', async () => {
    const input = await contacts([
      contact(20),
      contact(21, { Email: `${'x'.repeat(130)}@example.com` }),
      contact(22),
    ]);
    const run = await h.execute(
      updateDataActivity.execute,
      activity('upsert', { processRejects: true }),
      input,
    );
    expect(run.outcome.outputs.ok?.count).toBe(2);
    const rejects = await h.rows(run.outcome.outputs.reject?.table ?? '', 'Id');
    expect(rejects.map((r) => [r.Id, r.errorSymbol, r.errorMessage])).toEqual([
      [
        sfId(21),
        'BAD_VALUE',
        "Table 'nmsRecipient', column 'email': 142 characters is more than the 128 the column holds.",
      ],
    ]);
    expect((await recipients()).map((r) => r.salesforceId)).toEqual([
      sfId(1),
      sfId(2),
      null,
      sfId(20),
      sfId(22),
    ]);
  });

  it('rejects a row whose reconciliation value is empty', async () => {
    const input = await h.populate(
      [{ name: 'line', label: 'Line', type: 'long' }, ...contactColumns],
      ['line'],
      [
        { line: 1, ...contact(30, { Id: null }) },
        { line: 2, ...contact(31) },
      ],
    );
    const run = await h.execute(
      updateDataActivity.execute,
      activity('upsert', { processRejects: true }),
      input,
    );
    const rejects = await h.rows(run.outcome.outputs.reject?.table ?? '', 'line');
    expect(rejects.map((r) => [r.line, r.errorSymbol, r.errorMessage])).toEqual([
      [1, 'MISSING_KEY', "The reconciliation column 'salesforceId' has no value."],
    ]);
    expect(run.outcome.outputs.ok?.count).toBe(1);
  });

  it('lists at most 100 rejected rows in the log, then how many more', async () => {
    const input = await contacts(Array.from({ length: 130 }, (_, i) => contact(100 + i)));
    const run = await h.execute(updateDataActivity.execute, activity('update'), input);
    const warnings = run.logs.filter((l) => l.level === 'warning');
    expect(warnings).toHaveLength(101);
    expect(warnings.at(-1)?.text).toBe('30 more rejected rows not listed.');
    expect(run.outcome.outputs.reject).toBeUndefined();
  });

  it('reconciles on a mapped primary key of a table made from a CRM schema', async () => {
    await store.ensureTable({
      name: 'sfdcDemo_Account',
      label: 'Accounts',
      key: ['Id'],
      columns: [
        { name: 'Id', label: 'Id', type: 'string', length: 18 },
        { name: 'Name', label: 'Name', type: 'string' },
      ],
    });
    const input = await contacts([contact(1), contact(2)]);
    const run = await h.execute(
      updateDataActivity.execute,
      activity('upsert', {
        table: 'sfdcDemo_Account',
        reconciliation: ['Id'],
        mapping: [
          { source: 'Id', destination: 'Id' },
          { source: 'LastName', destination: 'Name' },
        ],
      }),
      input,
    );
    expect(run.outcome.outputs.ok?.count).toBe(2);
    expect(await h.rows('sfdcDemo_Account', 'Id')).toEqual([
      { Id: sfId(1), Name: 'Name1' },
      { Id: sfId(2), Name: 'Name2' },
    ]);
  });

  it('refuses settings the tables do not allow, before writing anything', async () => {
    const input = await contacts([contact(40)]);
    const refused = (
      settings: Parameters<typeof activity>[1],
      operation: UpdateOperation = 'upsert',
    ) =>
      expect(h.execute(updateDataActivity.execute, activity(operation, settings), input)).rejects;
    await refused({
      reconciliation: ['email'],
    }).toThrow(
      "Records of 'nmsRecipient' can be reconciled only on its key or a unique key: (id), (salesforceId), (dynamicsId), (oracleId); (email) is neither.",
    );
    await refused({ mapping: [...mapping, { source: 'Phone', destination: 'phone' }] }).toThrow(
      "The input population has no column 'Phone'.",
    );
    await refused({ mapping: [...mapping, { source: 'Email', destination: 'mail' }] }).toThrow(
      "Table 'nmsRecipient' has no column 'mail'.",
    );
    await refused({ table: 'Nope' }).toThrow("There is no table 'Nope' in the record store.");
    await store.ensureTable({
      name: 'Pair',
      label: 'Pair',
      key: ['a', 'b'],
      uniqueKeys: [['code']],
      columns: [
        { name: 'a', label: 'A', type: 'long' },
        { name: 'b', label: 'B', type: 'long' },
        { name: 'code', label: 'Code', type: 'string' },
      ],
    });
    await refused({
      table: 'Pair',
      reconciliation: ['code'],
      mapping: [{ source: 'Id', destination: 'code' }],
    }).toThrow("New records of 'Pair' need a primary key: map 'a', 'b'");
    // Worded in French from the catalogue, the problems joined as in English.
    const refusal = await failure(
      h.execute(
        updateDataActivity.execute,
        activity('upsert', { mapping: [], reconciliation: ['email'] }),
        input,
      ),
    );
    expect(frenchText(refusal.text)).toBe(
      "Associez au moins une colonne. La colonne de réconciliation 'email' doit être associée : sa valeur permet de retrouver l'enregistrement.",
    );
    await expect(h.execute(updateDataActivity.execute, activity('upsert'), null)).rejects.toThrow(
      'Update data needs a population',
    );
    expect(await recipients()).toHaveLength(3);
  });

  describe('interrupted and resumed', () => {
    const many = () => contacts(Array.from({ length: 2500 }, (_, i) => contact(1000 + i)));

    /** Fails the `at`-th transaction: before it starts, or inside it after its first write. */
    const crashAt = (at: number, inside: boolean) => {
      const original = store.transaction.bind(store);
      let calls = 0;
      store.transaction = <T>(work: (tx: RecordWriter) => Promise<T>): Promise<T> => {
        calls += 1;
        if (calls !== at) return original(work);
        if (!inside) return Promise.reject(new Error('Crash.'));
        return original(async (tx) => {
          let writes = 0;
          const failing: RecordWriter = {
            ...tx,
            count: (...args) => tx.count(...args),
            readPage: (request) => tx.readPage(request),
            deleteByKeys: (...args) => tx.deleteByKeys(...args),
            findByKeys: (...args) => tx.findByKeys(...args),
            upsert: async (...args) => {
              const written = await tx.upsert(...args);
              if (++writes === 2) throw new Error('Crash.');
              return written;
            },
          };
          return work(failing);
        });
      };
      return () => {
        store.transaction = original;
      };
    };

    it.each([
      ['between two batches', false],
      ['in the middle of a batch', true],
    ])('%s, writes each row exactly once on insert', async (_, inside) => {
      const input = await many();
      const restore = crashAt(2, inside);
      await expect(
        h.execute(updateDataActivity.execute, activity('insert'), input, {
          executionId: 'resumed',
        }),
      ).rejects.toThrow('Crash.');
      restore();
      expect(await store.count(recipientsTableName)).toBe(3 + 1000);

      const run = await h.execute(updateDataActivity.execute, activity('insert'), input, {
        executionId: 'resumed',
      });
      expect(run.outcome.outputs.ok?.count).toBe(2500);
      expect(run.logs).toEqual([
        { level: 'info', text: '2500 rows written to nmsRecipient, 0 rejected.' },
      ]);
      const ids = (await recipients()).map((r) => r.id);
      expect(ids).toHaveLength(2503);
      expect(ids.slice(3)).toEqual(Array.from({ length: 2500 }, (__, i) => 13 + i));
      expect(new Set((await recipients()).map((r) => r.salesforceId)).size).toBe(2503);
    });

    it('is idempotent when a finished execution runs again', async () => {
      const input = await many();
      const first = await h.execute(updateDataActivity.execute, activity('upsert'), input, {
        executionId: 'again',
      });
      const before = await recipients();
      const second = await h.execute(updateDataActivity.execute, activity('upsert'), input, {
        executionId: 'again',
      });
      expect(second.outcome).toEqual(first.outcome);
      expect(await recipients()).toEqual(before);
    });

    it('stops between batches when cancelled', async () => {
      const input = await many();
      const controller = new AbortController();
      controller.abort(new Error('Cancelled.'));
      await expect(
        h.execute(updateDataActivity.execute, activity('upsert'), input, {
          signal: controller.signal,
        }),
      ).rejects.toThrow('Cancelled.');
      expect(await store.count(recipientsTableName)).toBe(3);
    });
  });
});

describe('Update data checks', () => {
  let h: ActivityHarness;
  beforeEach(async () => {
    h = await openActivityHarness({ engine: 'sqlite' });
    await h.env.records.ensureTable(recipientsTable);
  });
  afterEach(() => h.dispose());
  const base = {
    id: 'u',
    label: '',
    position: { x: 0, y: 0 },
    onError: 'suspend',
    initScript: '',
  } as const;
  const update = {
    ...base,
    type: 'updateData' as const,
    operation: 'upsert' as UpdateOperation,
    processRejects: false,
  };
  const check = (settings: Partial<typeof update> & Parameters<typeof activity>[1] = {}) =>
    problemTexts(
      updateDataActivity.check?.(
        { ...update, table: recipientsTableName, reconciliation: [], mapping: [], ...settings },
        h.env,
      ),
    );

  it('names what is missing or inconsistent', async () => {
    expect(
      await problemTexts(
        updateDataActivity.check?.(
          { ...update, table: null, reconciliation: [], mapping: [] },
          h.env,
        ),
      ),
    ).toEqual([
      'Select the table to update.',
      'Map at least one column.',
      'Choose the columns records are reconciled on.',
    ]);
    expect(
      await check({
        reconciliation: ['salesforceId'],
        mapping: [
          { source: 'Email', destination: 'email' },
          { source: 'Mail', destination: 'email' },
        ],
      }),
    ).toEqual([
      "Column 'email' is mapped twice.",
      "The reconciliation column 'salesforceId' must be mapped: its value finds the record.",
    ]);
    expect(await check({ reconciliation: ['salesforceId'], mapping })).toEqual([]);
  });

  it('checks the settings against the destination table, as Start does', async () => {
    expect(
      await check({
        reconciliation: ['email'],
        mapping: [...mapping, { source: 'Phone', destination: 'phoneNumber' }],
      }),
    ).toEqual([
      "Table 'nmsRecipient' has no column 'phoneNumber'.",
      "Records of 'nmsRecipient' can be reconciled only on its key or a unique key: (id), (salesforceId), (dynamicsId), (oracleId); (email) is neither.",
    ]);
    // An insert needs no reconciliation columns when the table generates its key.
    expect(await check({ operation: 'insert', mapping })).toEqual([]);
    expect(await check({ table: 'nmsNowhere', reconciliation: ['salesforceId'], mapping })).toEqual(
      ["Table 'nmsNowhere' does not exist."],
    );
  });

  it('flags, against the incoming population, each mapping line whose values cannot fit', async () => {
    const settings = {
      ...update,
      table: recipientsTableName,
      reconciliation: ['salesforceId'],
      mapping: [
        ...mapping,
        { source: 'Id', destination: 'dynamicsId' },
        { source: 'LastName', destination: 'gender' },
        { source: 'Email', destination: 'company' },
      ],
    };
    expect(await problemTexts(updateDataActivity.check?.(settings, h.env, contactColumns))).toEqual(
      [
        "Column 'Id' (text of up to 18 characters) cannot fill 'dynamicsId' (a uuid): a uuid takes 36 characters.",
        "Column 'LastName' (text of up to 80 characters) cannot fill 'gender' (a byte): it holds numbers.",
      ],
    );
    const [misfit] = (await updateDataActivity.check?.(settings, h.env, contactColumns)) ?? [];
    expect(misfit && frenchText(misfit)).toBe(
      "La colonne 'Id' (texte d'au plus 18 caractères) ne peut pas alimenter 'dynamicsId' (type uuid) : une valeur de type uuid compte 36 caractères.",
    );
    // Without the population's columns (known only at run time), nothing is guessed.
    expect(await updateDataActivity.check?.(settings, h.env, null)).toEqual([]);
  });
});
