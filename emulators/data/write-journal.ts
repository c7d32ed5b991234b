import { appendFileSync } from 'node:fs';
import { mkdir, rename, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { readTextIfExists, writeFileAtomic } from '../framework/private-files';
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

/** What generated the org: the journal's writes apply only to the same generated data. */
const headerSchema = z.object({ seed: z.number(), records: z.number(), anchor: z.number() });
type Header = z.infer<typeof headerSchema>;

const writeSchema = z.object({
  op: z.enum(['create', 'update', 'delete']),
  object: z.string(),
  ref: z.number().int().nonnegative(),
  values: z.array(z.tuple([z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])])),
  userId: z.string(),
  now: z.number(),
});

export interface WriteJournal {
  /** The moment the org's generated data leads up to, the same at every start. */
  anchor: number;
  /** Applies the kept writes to the freshly generated data, then keeps every later one. */
  attach(data: JournaledData): void;
}

function parseLine(line: string): StoreWrite | null {
  try {
    const parsed = writeSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function replay(data: JournaledData, write: StoreWrite): void {
  const store = data.store(write.object);
  if (!store) return;
  const values = new Map(write.values);
  if (write.op === 'create') store.create(values, write.userId, write.now);
  else if (write.op === 'update') store.update(write.ref, values, write.userId, write.now);
  else store.delete(write.ref, write.userId, write.now);
}

/**
 * A Demo account's writes, kept in a JSON-lines file so that what an export sent survives a restart
 * of the console. Each write is appended before its answer is sent; a line cut short by a crash
 * (its answer never sent) is dropped. A journal of other generated data is set aside, not lost.
 */
export async function openWriteJournal(
  file: string,
  generated: Omit<Header, 'anchor'>,
  anchor: number,
): Promise<WriteJournal> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const text = await readTextIfExists(file);
  const lines = text === null ? [] : text.split('\n');
  let header: Header | null = null;
  try {
    header = headerSchema.parse(JSON.parse(lines[0] ?? ''));
  } catch {
    header = null;
  }
  if (
    text !== null &&
    (header === null || header.seed !== generated.seed || header.records !== generated.records)
  ) {
    await rename(file, `${file}.set-aside-${anchor}`);
    header = null;
  }
  const writes: StoreWrite[] = [];
  if (header === null) {
    header = { ...generated, anchor };
    await writeFileAtomic(file, `${JSON.stringify(header)}\n`, { secret: false });
  } else {
    for (const line of lines.slice(1)) {
      const write = parseLine(line);
      if (!write) break;
      writes.push(write);
    }
    await truncate(file, Buffer.byteLength(lines.slice(0, writes.length + 1).join('\n')) + 1);
  }
  const journalAnchor = header.anchor;
  return {
    anchor: journalAnchor,
    attach: (data) => {
      for (const write of writes) replay(data, write);
      for (const store of data.stores())
        store.onWrite = (write) => appendFileSync(file, `${JSON.stringify(write)}\n`);
    },
  };
}
