import { msg } from '../../../shared/i18n/message';
import type { RecordRow, RecordValue, TableDefinition } from '../../../shared/domain/records';
import { generatedKeyOf } from '../../../shared/domain/generated-key';
import { isWriteStamp, stampInsert, stampUpdate } from '../../../shared/domain/write-stamps';
import { issueOf, type ErrorIssue } from '../../../shared/errors';
import type { Clock } from '../../core/clock';
import { ConsoleError } from '../../core/console-error';
import type { RecordStore, RecordWriter } from '../../storage/records/record-store';
import { valueProblem } from '../../storage/records/row-codec';
import { maxKey } from './max-key';

const describe = (value: RecordValue | undefined) =>
  typeof value === 'string' ? `'${value}'` : String(value ?? null);

const labelOf = (def: TableDefinition, name: string) =>
  def.columns.find((c) => c.name === name)?.label ?? name;

/**
 * New, Edit and Delete of the data explorer, on any table with a key: the record store's own
 * value checks on every field, Created / Last modified from the clock, and an edit of a row
 * that changed since it was read refused with CONFLICT.
 */
export class RecordEdits {
  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
  ) {}

  /** The problems of each field, as the store would refuse them; none when all fit. */
  async check(table: string, values: RecordRow): Promise<ErrorIssue[]> {
    return this.problems(await this.store.describeTable(table), values);
  }

  async create(table: string, values: RecordRow): Promise<RecordRow> {
    const def = await this.store.describeTable(table);
    const row = this.writable(def, values, []);
    const generated = generatedKeyOf(def);
    return this.store.transaction(async (tx) => {
      if (generated && (row[generated] ?? null) === null)
        row[generated] = (await maxKey(tx, table, generated)) + 1;
      this.requireKey(def, row);
      if (await this.read(tx, def, row))
        throw new ConsoleError(
          'ALREADY_EXISTS',
          msg('messages:records.alreadyExists', { record: this.keyText(def, row) }),
        );
      await tx.upsert(table, [stampInsert(def, row, this.now())]);
      return this.mustRead(tx, def, row);
    });
  }

  /** Writes `values` over the record `original` was read from, unless it changed meanwhile. */
  async update(table: string, original: RecordRow, values: RecordRow): Promise<RecordRow> {
    const def = await this.store.describeTable(table);
    this.requireKey(def, original);
    const row = this.writable(def, values, def.key);
    for (const k of def.key) row[k] = original[k] ?? null;
    return this.store.transaction(async (tx) => {
      const current = await this.mustRead(tx, def, original);
      const changed = Object.keys(original).filter(
        (c) => def.columns.some((d) => d.name === c) && current[c] !== original[c],
      );
      if (changed.length > 0)
        throw new ConsoleError(
          'CONFLICT',
          msg('messages:records.changedMeanwhile', {
            record: this.keyText(def, original),
            fields: changed.join(', '),
          }),
        );
      await tx.upsert(table, [stampUpdate(def, row, this.now())]);
      return this.mustRead(tx, def, row);
    });
  }

  /** Deletes the records with these keys, all or none. */
  async remove(table: string, keys: readonly RecordRow[]): Promise<number> {
    const def = await this.store.describeTable(table);
    const only = keys.map((k) => {
      this.requireKey(def, k);
      return Object.fromEntries(def.key.map((c) => [c, k[c] ?? null]));
    });
    return this.store.transaction((tx) => tx.deleteByKeys(table, only));
  }

  /** The values checked, without the stamps (the console sets them) and `locked` columns. */
  private writable(def: TableDefinition, values: RecordRow, locked: readonly string[]): RecordRow {
    const issues = this.problems(def, values);
    if (issues.length > 0)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:records.checkFields', {
          fields: issues.map((i) => labelOf(def, i.path)).join(', '),
        }),
        { issues },
      );
    return Object.fromEntries(
      Object.entries(values).filter(([c]) => !isWriteStamp(def, c) && !locked.includes(c)),
    );
  }

  private problems(def: TableDefinition, values: RecordRow): ErrorIssue[] {
    const issues: ErrorIssue[] = [];
    for (const [name, value] of Object.entries(values)) {
      const column = def.columns.find((c) => c.name === name);
      const problem = column
        ? valueProblem(column, value, this.store.engine)?.sentence
        : msg('messages:store.tableHasNoColumn', { column: name });
      if (problem) issues.push(issueOf(name, problem));
    }
    return issues;
  }

  private requireKey(def: TableDefinition, row: RecordRow): void {
    const missing = def.key.filter((k) => (row[k] ?? null) === null);
    if (missing.length > 0)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:records.missingValues', { table: def.label, fields: missing.join(', ') }),
        { issues: missing.map((k) => issueOf(k, msg('messages:validation.required'))) },
      );
  }

  private keyText(def: TableDefinition, row: RecordRow): string {
    return def.key.map((k) => `${k} ${describe(row[k])}`).join(', ');
  }

  private async read(
    tx: RecordWriter,
    def: TableDefinition,
    row: RecordRow,
  ): Promise<RecordRow | undefined> {
    const conditions = def.key.map((column) => ({
      column,
      operator: 'eq' as const,
      value: row[column] ?? null,
    }));
    const [found] = await tx.readPage({
      table: def.name,
      filter: { combinator: 'and', conditions },
      offset: 0,
      limit: 1,
    });
    return found;
  }

  private async mustRead(tx: RecordWriter, def: TableDefinition, row: RecordRow) {
    const found = await this.read(tx, def, row);
    if (!found)
      throw new ConsoleError(
        'NOT_FOUND',
        msg('messages:records.deletedMeanwhile', { record: this.keyText(def, row) }),
      );
    return found;
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}
