import type { TransferredVars } from './sandbox-protocol';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A deep copy of the run's `vars` as JSON, the way they cross into the sandbox: never an object
 * of the console's own, only text. Dates become ISO text and their paths are listed, so the
 * sandbox turns them back into Dates of its own.
 */
export function transferVars(vars: Readonly<Record<string, unknown>>): TransferredVars {
  const datePaths: string[][] = [];
  const seen = new Set<object>();
  const copy = (value: unknown, path: string[]): Json | undefined => {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object') return undefined;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return null;
      datePaths.push(path);
      return value.toISOString();
    }
    if (seen.has(value)) throw new Error(`vars.${path.join('.')} refers back to itself.`);
    seen.add(value);
    try {
      if (Array.isArray(value))
        return value.map((item, i) => copy(item, [...path, String(i)]) ?? null);
      const out: { [key: string]: Json } = {};
      for (const [key, item] of Object.entries(value)) {
        const copied = copy(item, [...path, key]);
        if (copied !== undefined) out[key] = copied;
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };
  return { json: JSON.stringify(copy(vars, []) ?? {}), datePaths };
}
