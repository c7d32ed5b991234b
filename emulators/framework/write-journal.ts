import { appendFileSync } from 'node:fs';
import { mkdir, rename, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { readTextIfExists, writeFileAtomic } from './private-files';

/** What generated the org: the journal's writes apply only to the same generated data. */
const headerSchema = z.object({ seed: z.number(), records: z.number(), anchor: z.number() });
type Header = z.infer<typeof headerSchema>;

/** A value a write sets, as both emulators keep them. */
export const journalValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export interface WriteJournal<W> {
  /** The moment the generated data leads up to, the same at every start. */
  anchor: number;
  /** The kept writes, to apply again to the freshly generated data. */
  writes: readonly W[];
  /** Keeps one more write (appended before its answer is sent). */
  append(write: W): void;
}

function parseLine<W>(line: string, schema: z.ZodType<W>): W | null {
  try {
    const parsed = schema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A Demo emulator's writes, kept in a JSON-lines file so that what an export sent survives a
 * restart of the console. Each write is appended before its answer is sent; a line cut short by
 * a crash (its answer never sent) is dropped. A journal of other generated data is set aside,
 * not lost.
 */
export async function openWriteJournal<W>(
  file: string,
  generated: Omit<Header, 'anchor'>,
  anchor: number,
  writeSchema: z.ZodType<W>,
): Promise<WriteJournal<W>> {
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
  const writes: W[] = [];
  if (header === null) {
    header = { ...generated, anchor };
    await writeFileAtomic(file, `${JSON.stringify(header)}\n`, { secret: false });
  } else {
    for (const line of lines.slice(1)) {
      const write = parseLine(line, writeSchema);
      if (!write) break;
      writes.push(write);
    }
    await truncate(file, Buffer.byteLength(lines.slice(0, writes.length + 1).join('\n')) + 1);
  }
  return {
    anchor: header.anchor,
    writes,
    append: (write) => appendFileSync(file, `${JSON.stringify(write)}\n`),
  };
}

/** A store the kept writes apply to again: Salesforce's object store, Dynamics' entity store. */
export interface ReplayTarget<V> {
  create(values: ReadonlyMap<string, V>, userId: string, now: number): number;
  update(ref: number, values: ReadonlyMap<string, V>, userId: string, now: number): void;
  delete(ref: number, userId: string, now: number): void;
}

/** Applies one kept write again, as the API first made it. */
export function replayWrite<V>(
  store: ReplayTarget<V>,
  write: {
    op: 'create' | 'update' | 'delete';
    ref: number;
    values: [string, V][];
    userId: string;
    now: number;
  },
): void {
  const values = new Map(write.values);
  if (write.op === 'create') store.create(values, write.userId, write.now);
  else if (write.op === 'update') store.update(write.ref, values, write.userId, write.now);
  else store.delete(write.ref, write.userId, write.now);
}
