import type { ColumnDefinition } from '../../../../shared/domain/records';
import type { RecordStoreEngine } from '../record-store';

/** What differs between the engines' SQL; everything else is built once in statements.ts. */
export interface Dialect {
  engine: RecordStoreEngine;
  /** The n-th (1-based) parameter placeholder. */
  param(n: number): string;
  columnType(column: ColumnDefinition): string;
  /** Case-insensitive LIKE. */
  likeOperator: string;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  param: () => '?',
  // SQLite's type affinity: text for strings, dates and times (ISO 8601 sorts as time).
  columnType: (c) => {
    switch (c.type) {
      case 'boolean':
      case 'byte':
      case 'short':
      case 'long':
      case 'int64':
        return 'INTEGER';
      case 'double':
        return 'REAL';
      default:
        return 'TEXT';
    }
  },
  likeOperator: 'LIKE',
};

export const postgresDialect: Dialect = {
  engine: 'postgresql',
  param: (n) => `$${n}`,
  columnType: (c) => {
    switch (c.type) {
      case 'string':
        return `varchar(${c.length ?? 255})`;
      case 'memo':
        return 'text';
      case 'boolean':
        return 'boolean';
      case 'byte':
      case 'short':
        return 'smallint';
      case 'long':
        return 'integer';
      case 'int64':
        return 'bigint';
      case 'double':
        return 'double precision';
      case 'date':
        return 'date';
      case 'datetime':
        return 'timestamptz';
      case 'datetimenotz':
        return 'timestamp';
      case 'time':
        return 'time';
      case 'uuid':
        return 'uuid';
    }
  },
  likeOperator: 'ILIKE',
};
