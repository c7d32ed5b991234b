import { open, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { ConsoleError } from '../../../../core/console-error';
import type { RecordResult } from './outcomes';

const valueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const resultSchema = z.object({
  key: z.string(),
  ok: z.boolean(),
  id: z.string().nullable(),
  errors: z.array(z.object({ code: z.string(), message: z.string(), fields: z.array(z.string()) })),
});

const entrySchema = z.discriminatedUnion('kind', [
  /** Written before a batch is sent: what is sent, and when (to find what an insert created). */
  z.object({
    kind: z.literal('sending'),
    batch: z.number().int().min(0),
    at: z.iso.datetime(),
    records: z.array(z.object({ key: z.string(), values: z.record(z.string(), valueSchema) })),
  }),
  /** Written once the CRM answered: the result of every record of the batch. */
  z.object({
    kind: z.literal('done'),
    batch: z.number().int().min(0),
    results: z.array(resultSchema),
  }),
]);
export type JournalEntry = z.infer<typeof entrySchema>;
export type SendingEntry = Extract<JournalEntry, { kind: 'sending' }>;
export type JournaledResult = z.infer<typeof resultSchema>;

/**
 * The export's journal: one JSON line per entry, each flushed to disk before the export goes on,
 * so that after a crash it tells which batches the CRM answered and which are in doubt.
 */
export class ExportJournal {
  private constructor(
    private readonly handle: FileHandle,
    readonly entries: JournalEntry[],
  ) {}

  static async open(path: string): Promise<ExportJournal> {
    const handle = await open(path, 'a+');
    const text = await handle.readFile('utf8');
    // A crash mid-append leaves a line without its newline: it never took effect, drop it.
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length) await handle.truncate(Buffer.byteLength(complete));
    const entries = complete
      .split('\n')
      .filter(Boolean)
      .map((line, i) => {
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          json = null;
        }
        const parsed = entrySchema.safeParse(json);
        if (!parsed.success)
          throw new ConsoleError(
            'INTERNAL',
            `The export journal ${path} is damaged at line ${i + 1}; restart the workflow to export again from the start.`,
          );
        return parsed.data;
      });
    await handle.sync();
    return new ExportJournal(handle, entries);
  }

  /** Results of the batches the CRM answered, by record key. */
  results(): Map<string, RecordResult> {
    const map = new Map<string, RecordResult>();
    for (const entry of this.entries)
      if (entry.kind === 'done')
        for (const { key, ...result } of entry.results) map.set(key, result);
    return map;
  }

  /** Batches sent without an answer recorded: the CRM may or may not have applied them. */
  inDoubt(): SendingEntry[] {
    const done = new Set(this.entries.filter((e) => e.kind === 'done').map((e) => e.batch));
    const sending = new Map<number, SendingEntry>();
    for (const entry of this.entries)
      if (entry.kind === 'sending' && !done.has(entry.batch) && !sending.has(entry.batch))
        sending.set(entry.batch, entry);
    return [...sending.values()];
  }

  nextBatch(): number {
    return this.entries.reduce((max, e) => Math.max(max, e.batch + 1), 0);
  }

  async append(entry: JournalEntry): Promise<void> {
    await this.handle.appendFile(`${JSON.stringify(entry)}\n`);
    await this.handle.sync();
    this.entries.push(entry);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
