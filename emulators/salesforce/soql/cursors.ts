import { recordId } from '../ids';
import type { QueryPlan } from './plan';

export interface Cursor {
  plan: QueryPlan;
  refs: Int32Array;
  batchSize: number;
  lastUsed: number;
}

/** Cursors left idle this long are closed, as Salesforce closes query locators after 15 minutes. */
const idleMs = 15 * 60 * 1000;
/** Open cursors kept per emulator; opening another closes the least recently used. */
const maxCursors = 50;

/**
 * Open query cursors. A locator is `<cursor id>-<offset>` (`01gKc0…AAA-2000`): no '/', so
 * jsforce can rebuild the nextRecordsUrl from its last path segment.
 */
export class CursorStore {
  private readonly cursors = new Map<string, Cursor>();
  private counter = 0;

  open(plan: QueryPlan, refs: Int32Array, batchSize: number, now: number): string {
    this.expire(now);
    if (this.cursors.size >= maxCursors) {
      const oldest = [...this.cursors.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (oldest) this.cursors.delete(oldest[0]);
    }
    const id = recordId('01g', this.counter++);
    this.cursors.set(id, { plan, refs, batchSize, lastUsed: now });
    return id;
  }

  /** The cursor and offset a locator names, or null when it is unknown or expired. */
  resolve(locator: string, now: number): { id: string; cursor: Cursor; offset: number } | null {
    this.expire(now);
    const m = /^([0-9A-Za-z]{18})-(\d+)$/.exec(locator);
    const cursor = m ? this.cursors.get(m[1] as string) : undefined;
    if (!m || !cursor) return null;
    const offset = Number(m[2]);
    if (offset > cursor.refs.length) return null;
    cursor.lastUsed = now;
    return { id: m[1] as string, cursor, offset };
  }

  close(id: string): void {
    this.cursors.delete(id);
  }

  private expire(now: number): void {
    for (const [id, cursor] of this.cursors)
      if (now - cursor.lastUsed > idleMs) this.cursors.delete(id);
  }
}
