import type {
  ColumnDefinition,
  RecordRow,
  RecordValue,
  TableDefinition,
} from '../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { RecordStoreError, type RecordStoreEngine } from './record-store';
import { rowRefusal } from './row-refusal';

/** What a database driver takes as a parameter. */
export type DbParam = string | number | boolean | null;
type Encoder = (value: RecordValue) => DbParam;

/**
 * What is wrong with a value, worded as a clause (after the column's name: "…, column 'age':
 * expected a whole number, got 'many'") and as a sentence (alone, next to a form's field).
 */
export interface ValueProblemText {
  clause: ConsoleMessage;
  sentence: ConsoleMessage;
}

/** Thrown inside an encoder; caught once per batch to build the message naming row and column. */
class ValueProblem {
  constructor(readonly problem: ValueProblemText) {}
}

const integerRanges = {
  byte: [-128, 127],
  short: [-32768, 32767],
  long: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

const patterns = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
  datetimenotz: /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

const examples = {
  date: '2026-11-20',
  time: '08:30:00',
  datetimenotz: '2026-11-20T08:30:00',
  datetime: '2026-11-20T08:30:00Z',
  uuid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
};

function describe(value: RecordValue): string {
  return typeof value === 'string'
    ? `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`
    : String(value);
}

function fail(clause: ConsoleMessage, sentence: ConsoleMessage): never {
  throw new ValueProblem({ clause, sentence });
}

/** A value not of the form of a date, time or uuid column, shown with an example of it. */
function failLike(type: keyof typeof examples, value: RecordValue): never {
  const like = { type, example: examples[type], value: describe(value) };
  fail(
    msg('messages:store.value.expectedLike', like),
    msg('messages:store.valueSentence.expectedLike', like),
  );
}

const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD…` names a day that exists; arithmetic only, it runs per value. */
function realDay(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (monthDays[month - 1] as number);
}

/** The canonical form datetimes are stored in; values already in it skip the Date round trip. */
const canonicalDateTime = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** The function that checks a value against a column's type and turns it into a parameter. */
export function columnEncoder(column: ColumnDefinition, engine: RecordStoreEngine): Encoder {
  const { type } = column;
  switch (type) {
    case 'string':
    case 'memo': {
      const max = type === 'string' ? (column.length ?? 255) : Number.POSITIVE_INFINITY;
      return (v) => {
        if (v === null) return null;
        if (typeof v !== 'string') {
          const got = { value: describe(v) };
          fail(
            msg('messages:store.value.expectedText', got),
            msg('messages:store.valueSentence.expectedText', got),
          );
        }
        if (v.length > max) {
          const sizes = { length: v.length, max };
          fail(
            msg('messages:store.value.tooLong', sizes),
            msg('messages:store.valueSentence.tooLong', sizes),
          );
        }
        return v;
      };
    }
    case 'boolean':
      return (v) => {
        if (v === null) return null;
        if (typeof v !== 'boolean') {
          const got = { value: describe(v) };
          fail(
            msg('messages:store.value.expectedBoolean', got),
            msg('messages:store.valueSentence.expectedBoolean', got),
          );
        }
        return engine === 'sqlite' ? (v ? 1 : 0) : v;
      };
    case 'byte':
    case 'short':
    case 'long':
    case 'int64': {
      const [min, max] = integerRanges[type];
      return (v) => {
        if (v === null) return null;
        if (typeof v !== 'number' || !Number.isInteger(v)) {
          const got = { value: describe(v) };
          fail(
            msg('messages:store.value.expectedWholeNumber', got),
            msg('messages:store.valueSentence.expectedWholeNumber', got),
          );
        }
        if (v < min || v > max) {
          const range = { value: v, type, min, max };
          fail(
            msg('messages:store.value.outOfRange', range),
            msg('messages:store.valueSentence.outOfRange', range),
          );
        }
        return v;
      };
    }
    case 'double':
      return (v) => {
        if (v === null) return null;
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          const got = { value: describe(v) };
          fail(
            msg('messages:store.value.expectedNumber', got),
            msg('messages:store.valueSentence.expectedNumber', got),
          );
        }
        return v;
      };
    case 'date':
    case 'time':
    case 'datetimenotz':
    case 'uuid':
      return (v) => {
        if (v === null) return null;
        if (
          typeof v !== 'string' ||
          !patterns[type].test(v) ||
          (type !== 'time' && type !== 'uuid' && !realDay(v))
        )
          failLike(type, v);
        return v;
      };
    case 'datetime':
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string' && canonicalDateTime.test(v) && realDay(v)) return v;
        const time =
          typeof v === 'string' && patterns.datetime.test(v) ? Date.parse(v) : Number.NaN;
        if (Number.isNaN(time)) failLike(type, v);
        // One canonical form, so text comparison and sorting agree with time order.
        return new Date(time).toISOString();
      };
  }
}

export interface RowEncoder {
  columns: string[];
  encode(rows: readonly RecordRow[], firstRowNumber?: number): DbParam[][];
}

/**
 * Encodes rows for `columns` of `table`; refuses unknown columns, values of the wrong type and
 * missing `required` columns (the key), naming the table, row and column.
 */
export function rowEncoder(
  table: TableDefinition,
  columns: readonly string[],
  required: readonly string[],
  engine: RecordStoreEngine,
): RowEncoder {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const encoders = columns.map((name) => {
    const column = byName.get(name);
    if (!column)
      throw new RecordStoreError(
        'UNKNOWN_COLUMN',
        msg('messages:store.noColumn', { table: table.name, column: name }),
      );
    return columnEncoder(column, engine);
  });
  const known = new Set(columns);
  return {
    columns: [...columns],
    encode(rows, firstRowNumber = 1) {
      const out: DbParam[][] = new Array(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as RecordRow;
        for (const key of required)
          if (row[key] === undefined || row[key] === null)
            throw rowRefusal('MISSING_KEY', { table: table.name, row: firstRowNumber + r }, (at) =>
              msg('messages:store.keyMissing', { at, column: key }),
            );
        for (const key in row)
          if (!known.has(key))
            throw byName.has(key)
              ? rowRefusal('BAD_VALUE', { table: table.name, row: firstRowNumber + r }, (at) =>
                  msg('messages:store.notInBatch', { at, column: key }),
                )
              : new RecordStoreError(
                  'UNKNOWN_COLUMN',
                  msg('messages:store.noColumnAtRow', {
                    table: table.name,
                    column: key,
                    row: firstRowNumber + r,
                  }),
                );
        const params: DbParam[] = new Array(encoders.length);
        for (let c = 0; c < encoders.length; c++) {
          try {
            params[c] = (encoders[c] as Encoder)(row[columns[c] as string] ?? null);
          } catch (error) {
            if (!(error instanceof ValueProblem)) throw error;
            const problem = error.problem.clause;
            throw rowRefusal(
              'BAD_VALUE',
              { table: table.name, row: firstRowNumber + r, column: columns[c] as string },
              (at) => msg('messages:store.badValue', { at, problem }),
            );
          }
        }
        out[r] = params;
      }
      return out;
    },
  };
}

export interface RowRun {
  /** Index of the run's first row in the batch. */
  start: number;
  columns: string[];
  rows: readonly RecordRow[];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Splits a batch into consecutive runs of rows that set the same columns, so that a row which
 * leaves a column out leaves its stored value alone rather than clearing it.
 */
export function rowRuns(rows: readonly RecordRow[]): RowRun[] {
  const runs: RowRun[] = [];
  let start = 0;
  let columns = rows.length ? Object.keys(rows[0] as RecordRow) : [];
  for (let i = 1; i <= rows.length; i++) {
    const next = i < rows.length ? Object.keys(rows[i] as RecordRow) : null;
    if (next && sameKeys(next, columns)) continue;
    runs.push({ start, columns, rows: rows.slice(start, i) });
    start = i;
    if (next) columns = next;
  }
  return runs;
}

/**
 * What is wrong with a value for a column, as the store would refuse it; null when it fits.
 * Lets a form show the store's own check on the field, before anything is written.
 */
export function valueProblem(
  column: ColumnDefinition,
  value: RecordValue,
  engine: RecordStoreEngine,
): ValueProblemText | null {
  try {
    columnEncoder(column, engine)(value);
    return null;
  } catch (error) {
    if (error instanceof ValueProblem) return error.problem;
    throw error;
  }
}
