import { z } from 'zod';
import { journalValueSchema, replayWrite, type WriteJournal } from '../../framework/write-journal';
import type { StoreWrite } from '../../data/store-write';
import type { Org } from './org';

export const storeWriteSchema = z.object({
  op: z.enum(['create', 'update', 'delete']),
  object: z.string(),
  ref: z.number().int().nonnegative(),
  values: z.array(z.tuple([z.string(), journalValueSchema])),
  userId: z.string(),
  now: z.number(),
});

/** Applies the journal's writes to the freshly generated org, then keeps every later one. */
export function attachJournal(org: Org, journal: WriteJournal<StoreWrite>): void {
  for (const write of journal.writes) {
    const store = org.store(write.object);
    if (store) replayWrite(store, write);
  }
  for (const store of org.stores()) store.onWrite = journal.append;
}
