import { msg } from '../../../../shared/i18n/message';
import type { ColumnDefinition, TableDefinition } from '../../../../shared/domain/records';
import { RecordStoreError, type EnsureTableResult } from '../record-store';
import { quoteIdentifier as q, type Dialect } from './dialect';
import type { SqlExecutor } from './sql-executor';
import { planTableChange } from './table-plan';

export function createTableSql(dialect: Dialect, table: TableDefinition): string {
  const columns = table.columns.map((c) => `${q(c.name)} ${dialect.columnType(c)}`);
  return `CREATE TABLE ${q(table.name)} (${columns.join(', ')}, PRIMARY KEY (${table.key.map(q).join(', ')}))`;
}

export function uniqueIndexSql(table: string, index: number, key: readonly string[]): string {
  return `CREATE UNIQUE INDEX ${q(`${table}_uk${index}`)} ON ${q(table)} (${key.map(q).join(', ')})`;
}

async function holdsData(db: SqlExecutor, table: string, column: string): Promise<boolean> {
  const rows = await db.all(
    `SELECT 1 AS found FROM ${q(table)} WHERE ${q(column)} IS NOT NULL LIMIT 1`,
  );
  return rows.length > 0;
}

function addColumnSql(dialect: Dialect, table: string, column: ColumnDefinition): string {
  return `ALTER TABLE ${q(table)} ADD COLUMN ${q(column.name)} ${dialect.columnType(column)}`;
}

/**
 * Alters an existing table to a new definition without losing data: columns are added, empty
 * removed columns dropped, removed columns holding data kept; a change existing values may not
 * survive is refused. Returns what was done and the definition now stored.
 */
export async function applyTablePlan(
  db: SqlExecutor,
  existing: TableDefinition,
  next: TableDefinition,
  count: (table: string) => Promise<number>,
): Promise<{ result: EnsureTableResult; stored: TableDefinition }> {
  const plan = planTableChange(existing, next);
  const name = next.name;
  const result: EnsureTableResult = {
    created: false,
    addedColumns: [],
    droppedColumns: [],
    keptColumns: [],
  };
  if (plan.keyChanged) {
    if ((await count(name)) > 0)
      throw new RecordStoreError(
        'SCHEMA_CONFLICT',
        msg('messages:store.keyCannotChange', {
          table: name,
          from: existing.key.join(', '),
          to: next.key.join(', '),
        }),
      );
    await db.run(`DROP TABLE ${q(name)}`);
    await db.run(createTableSql(db.dialect, next));
    for (const [i, key] of next.uniqueKeys.entries()) await db.run(uniqueIndexSql(name, i, key));
    return {
      result: {
        ...result,
        addedColumns: plan.add.map((c) => c.name),
        droppedColumns: plan.removed.map((c) => c.name),
      },
      stored: next,
    };
  }
  for (const { from, to } of plan.retyped) {
    if (await holdsData(db, name, to.name))
      throw new RecordStoreError(
        'SCHEMA_CONFLICT',
        msg('messages:store.typeCannotChange', {
          column: to.name,
          table: name,
          from: from.type,
          to: to.type,
        }),
      );
    await db.run(`ALTER TABLE ${q(name)} DROP COLUMN ${q(to.name)}`);
    await db.run(addColumnSql(db.dialect, name, to));
  }
  if (db.dialect.engine === 'postgresql')
    for (const column of plan.widened)
      await db.run(
        `ALTER TABLE ${q(name)} ALTER COLUMN ${q(column.name)} TYPE ${db.dialect.columnType(column)}`,
      );
  for (const column of plan.add) {
    await db.run(addColumnSql(db.dialect, name, column));
    result.addedColumns.push(column.name);
  }
  const kept: ColumnDefinition[] = [];
  for (const column of plan.removed) {
    if (await holdsData(db, name, column.name)) {
      kept.push(column);
      result.keptColumns.push(column.name);
    } else {
      await db.run(`ALTER TABLE ${q(name)} DROP COLUMN ${q(column.name)}`);
      result.droppedColumns.push(column.name);
    }
  }
  const offset = existing.uniqueKeys.length;
  for (const [i, key] of plan.newUniqueKeys.entries()) {
    try {
      await db.run(uniqueIndexSql(name, offset + i, key));
    } catch {
      throw new RecordStoreError(
        'SCHEMA_CONFLICT',
        msg('messages:store.duplicatesInKey', { table: name, columns: key.join(', ') }),
      );
    }
  }
  return {
    result,
    stored: {
      ...next,
      columns: [...next.columns, ...kept],
      uniqueKeys: [...existing.uniqueKeys, ...plan.newUniqueKeys],
    },
  };
}
