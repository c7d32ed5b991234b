import type { DbParam } from '../row-codec';

/**
 * Rows in the text format of PostgreSQL's COPY: tab between values, newline after a row, `\N`
 * for null, and a backslash before backslash, tab, newline and carriage return. Written here
 * rather than through a CSV library: it is four escapes, and it runs for every value of a bulk
 * load, where a general-purpose formatter costs more than the server's own work.
 */
const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (ch: string) => escapes[ch] as string;

export function copyValue(value: DbParam): string {
  if (value === null) return '\\N';
  // Testing first is cheaper than a replace that finds nothing, the usual case.
  if (typeof value === 'string')
    return special.test(value) ? value.replace(specials, escape) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

export function copyLine(row: readonly DbParam[]): string {
  const values = new Array<string>(row.length);
  for (let c = 0; c < row.length; c++) values[c] = copyValue(row[c] ?? null);
  return `${values.join('\t')}\n`;
}

/** Rows per chunk of COPY data: a few hundred kilobytes, so the stream's backpressure bites. */
const rowsPerChunk = 1000;

/** The COPY data of `rows`, in chunks the stream pulls one at a time. */
export function* copyChunks(rows: readonly (readonly DbParam[])[]): Generator<string> {
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    let chunk = '';
    const end = Math.min(start + rowsPerChunk, rows.length);
    for (let r = start; r < end; r++) chunk += copyLine(rows[r] as DbParam[]);
    yield chunk;
  }
}
