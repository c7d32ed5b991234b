import pLimit, { type LimitFunction } from 'p-limit';
import { msg } from '../../../../../shared/i18n/message';
import type { RecordRow } from '../../../../../shared/domain/records';
import type { ExportJournal, SendingEntry } from './export-journal';
import { ConsoleError } from '../../../../core/console-error';
import { noAnswer, type RecordResult } from './outcomes';

/** One record to write: its input key (as text) and the values sent to the CRM. */
export interface PendingRecord {
  key: string;
  values: RecordRow;
}

/** How a batch reaches the CRM, and how a batch cut short is found again. */
export interface WriteTarget {
  /** One result per record, in order. */
  send(records: readonly PendingRecord[]): Promise<RecordResult[]>;
  /**
   * For a batch sent without an answer: the records the CRM holds as written, with their
   * result; the others are sent again. `claimed` holds CRM ids already given to other records.
   */
  recover(batch: SendingEntry, claimed: ReadonlySet<string>): Promise<Map<string, RecordResult>>;
}

/** Batches as the CRM's bulk jobs: one job per batch, its id journaled before the upload. */
export interface BulkWriteTarget {
  /** Creates the job; no record is sent yet. */
  open(): Promise<string>;
  /** Uploads the records to the job and waits for it: one result per record, in order. */
  run(job: string, records: readonly PendingRecord[]): Promise<RecordResult[]>;
  /** What a job journaled earlier did with the records: null for one it did not process. */
  resume(job: string, records: readonly PendingRecord[]): Promise<(RecordResult | null)[]>;
}

/** How records go out: records per batch, and batches sent at once. */
export interface Batching {
  size: number;
  /** Batches whose answer may be awaited at the same time (1: one after another). */
  inFlight: number;
}

export interface BulkWrites {
  target: BulkWriteTarget;
  /** Whether new batches go through bulk jobs; a journaled job is read back either way. */
  forNewBatches: boolean;
}

/**
 * Writes records in batches through the journal: a "sending" entry before each call and a
 * "done" entry after, so a re-run of the same execution sends no batch twice and loses none.
 * Up to `inFlight` batches are out at once, across calls of `write`: each has its own entries,
 * so a crash leaves at most that many in doubt, each settled on its own by `recover`.
 */
export class JournaledWrites {
  private readonly results: Map<string, RecordResult>;
  private readonly slots: LimitFunction;
  private next: number;
  /** Why a batch failed: the batches queued behind it are then not sent. */
  private stopped: { reason: unknown } | null = null;

  constructor(
    private readonly journal: ExportJournal,
    private readonly target: WriteTarget,
    private readonly batching: Batching,
    private readonly now: () => number,
    private readonly bulk?: BulkWrites,
  ) {
    this.results = journal.results();
    this.next = journal.nextBatch();
    this.slots = pLimit(Math.max(1, batching.inFlight));
  }

  /** Batches sent at once: how many pages of `pageSize` records keep them all busy. */
  pagesToKeepBusy(pageSize: number): number {
    return Math.ceil((this.batching.inFlight * this.batching.size) / pageSize);
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  resultOf(key: string): RecordResult | undefined {
    return this.results.get(key);
  }

  /**
   * Settles the batches a previous attempt left in doubt; returns how many records they held.
   * A bulk batch's job is read back first (its results are the CRM's, nothing is sent twice);
   * the records it did not process are looked for as any batch cut short, the rest sent again.
   */
  async recover(signal: AbortSignal): Promise<number> {
    let settled = 0;
    for (const batch of this.journal.inDoubt()) {
      signal.throwIfAborted();
      const found = await this.readBackJob(batch);
      const claimed = new Set(
        [...this.results.values(), ...found.values()].flatMap((r) => (r.ok && r.id ? [r.id] : [])),
      );
      const unsettled = batch.records.filter((r) => !found.has(r.key));
      if (unsettled.length) {
        const created = await this.target.recover({ ...batch, records: unsettled }, claimed);
        for (const [key, result] of created) found.set(key, result);
      }
      const rest = batch.records.filter((r) => !found.has(r.key));
      if (rest.length) {
        // The first "sending" entry of the batch stays the one recovery starts from.
        await this.journal.append({
          kind: 'sending',
          batch: batch.batch,
          at: batch.at,
          records: rest,
        });
        const answers = await this.target.send(rest);
        rest.forEach((r, i) => found.set(r.key, answers[i] ?? noAnswer));
      }
      await this.finish(batch.batch, batch.records, found);
      settled += batch.records.length;
    }
    return settled;
  }

  private async readBackJob(batch: SendingEntry): Promise<Map<string, RecordResult>> {
    const found = new Map<string, RecordResult>();
    if (batch.job === undefined) return found;
    if (!this.bulk) throw new ConsoleError('INTERNAL', msg('messages:crm.bulkUnreadable'));
    const answers = await this.bulk.target.resume(batch.job, batch.records);
    batch.records.forEach((r, i) => {
      const answer = answers[i];
      if (answer) found.set(r.key, answer);
    });
    return found;
  }

  /**
   * Sends records not written yet, in batches, sharing the batches in flight with other calls;
   * settles once every batch of these records is answered and journaled. After a cancel or a
   * failure no new batch starts, and it still waits for the batches already out.
   */
  async write(records: readonly PendingRecord[], signal: AbortSignal): Promise<void> {
    const fresh = records.filter((r) => !this.results.has(r.key));
    const sent: Promise<void>[] = [];
    for (let i = 0; i < fresh.length; i += this.batching.size) {
      const chunk = fresh.slice(i, i + this.batching.size);
      sent.push(this.slots(() => this.writeBatch(chunk, signal)));
    }
    const failed = (await Promise.allSettled(sent)).find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async writeBatch(chunk: readonly PendingRecord[], signal: AbortSignal): Promise<void> {
    if (this.stopped) throw this.stopped.reason;
    signal.throwIfAborted();
    try {
      await this.sendBatch(chunk);
    } catch (error) {
      this.stopped ??= { reason: error };
      throw error;
    }
  }

  private async sendBatch(chunk: readonly PendingRecord[]): Promise<void> {
    const batch = this.next++;
    const bulk = this.bulk?.forNewBatches ? this.bulk.target : null;
    const job = bulk ? await bulk.open() : undefined;
    await this.journal.append({
      kind: 'sending',
      batch,
      at: new Date(this.now()).toISOString(),
      records: [...chunk],
      ...(job === undefined ? {} : { job }),
    });
    const answers =
      bulk && job !== undefined ? await bulk.run(job, chunk) : await this.target.send(chunk);
    const found = new Map(chunk.map((r, j) => [r.key, answers[j] ?? noAnswer]));
    await this.finish(batch, chunk, found);
  }

  private async finish(
    batch: number,
    records: readonly PendingRecord[],
    found: ReadonlyMap<string, RecordResult>,
  ): Promise<void> {
    const results = records.map((r) => ({ key: r.key, ...(found.get(r.key) ?? noAnswer) }));
    await this.journal.append({ kind: 'done', batch, results });
    for (const { key, ...result } of results) this.results.set(key, result);
  }
}
