import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ConsoleError } from '../../../../core/console-error';
import { describeThrown } from '../../../../core/describe-thrown';
import type { RecordResult } from './outcomes';

const valueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const resultSchema = z.object({
  key: z.string(),
  ok: z.boolean(),
  id: z.string().nullable(),
  errors: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.string()),
      symbol: z.string().optional(),
      logFilename: z.string().optional(),
    }),
  ),
});

const entrySchema = z.discriminatedUnion('kind', [
  /** Written before a batch is sent: what is sent, and when (to find what an insert created). */
  z.object({
    kind: z.literal('sending'),
    batch: z.number().int().min(0),
    at: z.iso.datetime(),
    records: z.array(z.object({ key: z.string(), values: z.record(z.string(), valueSchema) })),
    /** The CRM's bulk job the batch goes through, journaled before any record is uploaded. */
    job: z.string().optional(),
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

/** The causes of a failed write an administrator can act on, by the system's error code. */
const diskCauses: Record<string, () => ConsoleMessage> = {
  EPERM: () => msg('messages:disk.journal.notPermitted'),
  EACCES: () => msg('messages:disk.journal.permissionDenied'),
  EROFS: () => msg('messages:disk.journal.readOnly'),
  ENOSPC: () => msg('messages:disk.journal.full'),
  EDQUOT: () => msg('messages:disk.journal.quota'),
  EIO: () => msg('messages:disk.journal.inputOutput'),
};

/**
 * A journal that cannot be read or written, worded for the administrator: the folder, the cause
 * and what to do, never Node's "EPERM: operation not permitted, write".
 */
export function journalDiskError(path: string, error: unknown): ConsoleError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const cause =
    diskCauses[code]?.() ??
    msg('messages:disk.journal.cannotWrite', { reason: describeThrown(error) });
  return new ConsoleError(
    'INTERNAL',
    msg('messages:crm.journalUnwritable', { folder: dirname(path), cause }),
  );
}

/** Runs a file operation of the journal, its failure worded by `journalDiskError`. */
async function onDisk<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw journalDiskError(path, error);
  }
}

/**
 * The export's journal: one JSON line per entry, each flushed to disk before the export goes on,
 * so that after a crash it tells which batches the CRM answered and which are in doubt.
 */
export class ExportJournal {
  private waiting: { entry: JournalEntry; resolve(): void; reject(error: unknown): void }[] = [];
  private flushing: Promise<void> | null = null;

  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    readonly entries: JournalEntry[],
  ) {}

  static async open(path: string): Promise<ExportJournal> {
    const handle = await onDisk(path, () => open(path, 'a+'));
    const text = await onDisk(path, () => handle.readFile('utf8'));
    // A crash mid-append leaves a line without its newline: it never took effect, drop it.
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length)
      await onDisk(path, () => handle.truncate(Buffer.byteLength(complete)));
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
            msg('messages:crm.journalDamaged', { path, line: i + 1 }),
          );
        return parsed.data;
      });
    await onDisk(path, () => handle.sync());
    return new ExportJournal(path, handle, entries);
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

  /**
   * Appends one entry and flushes it to disk. Batches in flight append at the same time: the
   * entries waiting while a flush runs go out together in the next write and flush (one sync
   * for many), in the order they were appended, which is `entries`' order.
   */
  append(entry: JournalEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting.splice(0);
      const text = group.map((w) => `${JSON.stringify(w.entry)}\n`).join('');
      try {
        await onDisk(this.path, async () => {
          await this.handle.appendFile(text);
          await this.handle.sync();
        });
        for (const w of group) {
          this.entries.push(w.entry);
          w.resolve();
        }
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    this.flushing = null;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }
}
