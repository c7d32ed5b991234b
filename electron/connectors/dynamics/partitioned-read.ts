import { z } from 'zod';
import { msg } from '../../../shared/i18n/message';
import { CrmError } from '../crm-error';
import { odataInstant } from './dynamics-values';

/**
 * Reading a large table in several slices at once. The Web API's paging cookie names the last
 * row read, so the pages of one query can only be asked for one after another; slices of the
 * creation time (`createdon`, set by the service on every row, never empty) are independent
 * queries whose pages can be in flight together, each slice still read in its own order.
 */

/** Slices read at once: well under service protection's 52 concurrent requests per user. */
export const slicesAtOnce = 6;

/** `createdon` filters that together cover every row once: the first and last are open. */
export function creationSlices(
  field: string,
  oldest: Date,
  newest: Date,
  count = slicesAtOnce,
): string[] {
  const span = newest.getTime() - oldest.getTime();
  // Bounds are whole seconds (OData instants here): slices under a second apart are one.
  const seconds = Math.floor(span / 1000);
  const n = Math.max(1, Math.min(count, seconds));
  if (n === 1) return [''];
  const bounds = Array.from({ length: n - 1 }, (_, i) =>
    odataInstant(new Date(oldest.getTime() + Math.floor(((i + 1) * seconds) / n) * 1000)),
  );
  return Array.from({ length: n }, (_, i) => {
    const from = i === 0 ? null : `${field} ge ${bounds[i - 1] ?? ''}`;
    const to = i === n - 1 ? null : `${field} lt ${bounds[i] ?? ''}`;
    return [from, to].filter((part) => part !== null).join(' and ');
  });
}

const slicesCursorPrefix = 'slices:';
const slicesCursorSchema = z.array(z.string().nullable()).min(1);

/** A cursor of a sliced read: the next page's address of each slice, null once it is read. */
export const slicesCursor = (links: readonly (string | null)[]) =>
  `${slicesCursorPrefix}${JSON.stringify(links)}`;

export const isSlicesCursor = (text: string) => text.startsWith(slicesCursorPrefix);

export function parseSlicesCursor(text: string): (string | null)[] {
  try {
    return slicesCursorSchema.parse(JSON.parse(text.slice(slicesCursorPrefix.length)));
  } catch {
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Dynamics' }));
  }
}

/** One page of a slice: its rows, and where the slice goes on (null after its last page). */
export interface SlicePage<T> {
  rows: T[];
  more: string | null;
}

/**
 * The pages of every slice, as they arrive, each with the cursor from which a resumed read
 * goes on once it and every page before it are stored. Each slice has one page in flight at a
 * time, asked for before the previous one is handed over, so the slices' round trips overlap
 * with each other and with the storing; at most one page per slice waits to be taken.
 */
export async function* slicedPages<T>(
  links: readonly (string | null)[],
  readPage: (link: string) => Promise<SlicePage<T>>,
): AsyncGenerator<{ rows: T[]; next: string | null }> {
  const state = [...links];
  type Arrival = { slice: number; page: SlicePage<T> };
  const inFlight = new Map<number, Promise<Arrival>>();
  const ask = (slice: number, link: string) => {
    const arrival = readPage(link).then((page) => ({ slice, page }));
    // Awaited through the race below; one that fails after the read has ended is not unhandled.
    arrival.catch(() => undefined);
    inFlight.set(slice, arrival);
  };
  state.forEach((link, slice) => {
    if (link !== null) ask(slice, link);
  });
  while (inFlight.size > 0) {
    const { slice, page } = await Promise.race(inFlight.values());
    inFlight.delete(slice);
    state[slice] = page.more;
    if (page.more !== null) ask(slice, page.more);
    yield { rows: page.rows, next: state.every((l) => l === null) ? null : slicesCursor(state) };
  }
}
