import { z } from 'zod';
import { journalValueSchema, replayWrite, type WriteJournal } from '../../framework/write-journal';
import type { EntityWrite } from './entity-store';
import type { Organization } from './organization';

export const entityWriteSchema = z.object({
  op: z.enum(['create', 'update', 'delete']),
  entity: z.string(),
  ref: z.number().int().nonnegative(),
  values: z.array(z.tuple([z.string(), journalValueSchema])),
  userId: z.string(),
  now: z.number(),
});

/** Applies the journal's writes to the freshly generated organization, then keeps every later one. */
export function attachJournal(
  organization: Organization,
  journal: WriteJournal<EntityWrite>,
): void {
  for (const write of journal.writes) {
    const store = organization.entity(write.entity);
    if (store) replayWrite(store, write);
  }
  organization.onWrite = journal.append;
}
