import { z } from 'zod';
import { journalValueSchema, openWriteJournal, replayWrite } from '../framework/write-journal';
import type { FieldValue } from './generation';
import type { StoreWrite } from './store-write';

/** One object's records as the journal sees them: replays writes, reports new ones. */
export interface JournaledStore {
  readonly name: string;
  onWrite: ((write: StoreWrite) => void) | null;
  create(values: ReadonlyMap<string, FieldValue>, userId: string, now: number): number;
  update(ref: number, values: ReadonlyMap<string, FieldValue>, userId: string, now: number): void;
  delete(ref: number, userId: string, now: number): void;
}

/** An emulator's data: its stores by object name. */
export interface JournaledData {
  store(objectName: string): JournaledStore | undefined;
  stores(): JournaledStore[];
}

const storeWriteSchema = z.object({
  op: z.enum(['create', 'update', 'delete']),
  object: z.string(),
  ref: z.number().int().nonnegative(),
  values: z.array(z.tuple([z.string(), journalValueSchema])),
  userId: z.string(),
  now: z.number(),
});

export interface StoreJournal {
  /** The moment the generated data leads up to, the same at every start. */
  anchor: number;
  /** Applies the kept writes to the freshly generated data, then keeps every later one. */
  attach(data: JournaledData): void;
}

/** The framework's write journal for data kept as stores that report their own writes. */
export async function openStoreJournal(
  file: string,
  generated: { seed: number; records: number },
  anchor: number,
): Promise<StoreJournal> {
  const journal = await openWriteJournal<StoreWrite>(file, generated, anchor, storeWriteSchema);
  return {
    anchor: journal.anchor,
    attach: (data) => {
      for (const write of journal.writes) {
        const store = data.store(write.object);
        if (store) replayWrite(store, write);
      }
      for (const store of data.stores()) store.onWrite = (write) => journal.append(write);
    },
  };
}
