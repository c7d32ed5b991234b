import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueText } from '../../../shared/errors';
import { frenchText } from '../../test-support/french-text';
import { recipientsTable, recipientsTableName } from '../../../shared/domain/recipients';
import { SettableClock } from '../../core/clock';
import { ConsoleError } from '../../core/console-error';
import type { RecordStore } from '../../storage/records/record-store';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';
import { RecordEdits } from './record-edits';

const created = '2026-03-02T12:00:00.000Z';
const later = '2026-03-02T12:05:00.000Z';

async function refusal(work: Promise<unknown>): Promise<ConsoleError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConsoleError)) throw new Error(`Expected a ConsoleError, got ${error}`);
  return error;
}

describe.each(engines)('record editing on %s', (engine) => {
  let t: TestRecordStore;
  let store: RecordStore;
  let clock: SettableClock;
  let edits: RecordEdits;
  beforeEach(async () => {
    t = await openTestRecordStore(engine);
    store = t.store;
    await store.ensureTable(recipientsTable);
    await store.upsert(recipientsTableName, [{ id: 41, email: 'old@example.com' }]);
    clock = new SettableClock(Date.parse(created));
    edits = new RecordEdits(store, clock);
  });
  afterEach(() => t.dispose());

  it('creates a record with the next id, Created and Last modified from the clock', async () => {
    const row = await edits.create(recipientsTableName, {
      email: 'ann@example.com',
      lastName: 'Smith',
      gender: 2,
      birthDate: '1990-05-17',
      blackList: false,
      // Typed-in stamps are ignored: the console sets them.
      created: '1999-01-01T00:00:00.000Z',
    });
    expect(row).toMatchObject({
      id: 42,
      email: 'ann@example.com',
      lastName: 'Smith',
      gender: 2,
      birthDate: '1990-05-17',
      blackList: false,
      created,
      lastModified: created,
    });
  });

  it('refuses bad values with one issue per field, from the record store checks, writing nothing', async () => {
    const error = await refusal(
      edits.create(recipientsTableName, {
        email: 'x'.repeat(129),
        gender: 300,
        birthDate: '2026-02-30',
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('The record cannot be saved: check Email, Gender, Birth date.');
    const issues = error.details?.issues ?? [];
    expect(issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'email', message: '129 characters is more than the 128 the column holds.' },
      { path: 'gender', message: '300 is outside the range of a byte (-128 to 127).' },
      { path: 'birthDate', message: "Expected a date like '2026-11-20', got '2026-02-30'." },
    ]);
    expect(issues.map((issue) => issueText(issue, frenchText))).toEqual([
      "129 caractères, c'est plus que les 128 que contient la colonne.",
      "300 est hors de la plage d'un byte (-128 à 127).",
      "Valeur date attendue, comme '2026-11-20', reçu '2026-02-30'.",
    ]);
    expect(await store.count(recipientsTableName)).toBe(1);
    expect(await edits.check(recipientsTableName, { email: 'fine@example.com' })).toEqual([]);
  });

  it('refuses a new record whose key exists', async () => {
    const error = await refusal(edits.create(recipientsTableName, { id: 41, email: 'b@x.org' }));
    expect(error.code).toBe('ALREADY_EXISTS');
    expect(error.message).toBe('A record with id 41 already exists.');
  });

  it('updates a record: Last modified moves, Created stays, the key cannot change', async () => {
    const row = await edits.create(recipientsTableName, { email: 'ann@example.com' });
    clock.set(Date.parse(later));
    const updated = await edits.update(recipientsTableName, row, {
      id: 99,
      email: 'ann.smith@example.com',
      created: later,
    });
    expect(updated).toMatchObject({
      id: 42,
      email: 'ann.smith@example.com',
      created,
      lastModified: later,
    });
  });

  it('refuses with CONFLICT an edit of a record that changed since it was read', async () => {
    const row = await edits.create(recipientsTableName, { email: 'ann@example.com' });
    await edits.update(recipientsTableName, row, { firstName: 'Ann' });
    const error = await refusal(edits.update(recipientsTableName, row, { lastName: 'Stale' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('was changed by someone else since it was opened (firstName');
    const [stored] = await store.readPage({
      table: recipientsTableName,
      filter: { combinator: 'and', conditions: [{ column: 'id', operator: 'eq', value: 42 }] },
      offset: 0,
      limit: 1,
    });
    expect(stored).toMatchObject({ firstName: 'Ann', lastName: null });
  });

  it('refuses with NOT_FOUND an edit of a record deleted meanwhile', async () => {
    const row = await edits.create(recipientsTableName, { email: 'ann@example.com' });
    await edits.remove(recipientsTableName, [{ id: 42 }]);
    const error = await refusal(edits.update(recipientsTableName, row, { lastName: 'Gone' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(await store.count(recipientsTableName)).toBe(1);
  });

  it('deletes several records at once', async () => {
    await edits.create(recipientsTableName, { email: 'a@example.com' });
    await edits.create(recipientsTableName, { email: 'b@example.com' });
    expect(await edits.remove(recipientsTableName, [{ id: 41 }, { id: 43 }])).toBe(2);
    const rows = await store.readPage({ table: recipientsTableName, offset: 0, limit: 10 });
    expect(rows.map((r) => r.id)).toEqual([42]);
  });
});
