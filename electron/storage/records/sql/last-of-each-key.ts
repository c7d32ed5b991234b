import { setImmediate } from 'node:timers/promises';
import type { DbParam } from '../row-codec';

/** Rows looked at between two turns of the event loop. */
const rowsPerSlice = 5_000;

/**
 * The rows a statement may write: one statement cannot touch a row twice, and a plain INSERT
 * cannot take a key twice, so the last occurrence of a key wins, as it would one row at a
 * time. Returns the input indexes kept, or null when every key is already different.
 */
export async function lastOfEachKey(
  rows: readonly DbParam[][],
  keyIndexes: readonly number[],
): Promise<number[] | null> {
  const byKey = new Map<unknown, number>();
  const single = keyIndexes.length === 1 ? (keyIndexes[0] as number) : -1;
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && r % rowsPerSlice === 0) await setImmediate();
    const row = rows[r] as DbParam[];
    byKey.set(single >= 0 ? row[single] : JSON.stringify(keyIndexes.map((i) => row[i])), r);
  }
  if (byKey.size === rows.length) return null;
  return [...byKey.values()].sort((a, b) => a - b);
}
