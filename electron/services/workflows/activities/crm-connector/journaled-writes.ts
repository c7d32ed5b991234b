import type { RecordRow } from '../../../../../shared/domain/records';
import type { ExportJournal, SendingEntry } from './export-journal';
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

/**
 * Writes records in batches through the journal: a "sending" entry before each call and a
 * "done" entry after, so a re-run of the same execution sends no batch twice and loses none.
 */
export class JournaledWrites {
  private readonly results: Map<string, RecordResult>;
  private next: number;

  constructor(
    private readonly journal: ExportJournal,
    private readonly target: WriteTarget,
    private readonly batchSize: number,
    private readonly now: () => number,
  ) {
    this.results = journal.results();
    this.next = journal.nextBatch();
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  resultOf(key: string): RecordResult | undefined {
    return this.results.get(key);
  }

  /** Settles the batches a previous attempt left in doubt; returns how many records they held. */
  async recover(signal: AbortSignal): Promise<number> {
    let settled = 0;
    for (const batch of this.journal.inDoubt()) {
      signal.throwIfAborted();
      const claimed = new Set(
        [...this.results.values()].flatMap((r) => (r.ok && r.id ? [r.id] : [])),
      );
      const found = await this.target.recover(batch, claimed);
      const rest = batch.records.filter((r) => !found.has(r.key));
      if (rest.length) {
        // The first "sending" entry of the batch stays the one recovery starts from.
        await this.journal.append({ ...batch, records: rest });
        const answers = await this.target.send(rest);
        rest.forEach((r, i) => found.set(r.key, answers[i] ?? noAnswer));
      }
      await this.finish(batch.batch, batch.records, found);
      settled += batch.records.length;
    }
    return settled;
  }

  /** Sends records not written yet, in batches. */
  async write(records: readonly PendingRecord[], signal: AbortSignal): Promise<void> {
    const fresh = records.filter((r) => !this.results.has(r.key));
    for (let i = 0; i < fresh.length; i += this.batchSize) {
      signal.throwIfAborted();
      const chunk = fresh.slice(i, i + this.batchSize);
      const batch = this.next++;
      await this.journal.append({
        kind: 'sending',
        batch,
        at: new Date(this.now()).toISOString(),
        records: chunk,
      });
      const answers = await this.target.send(chunk);
      const found = new Map(chunk.map((r, j) => [r.key, answers[j] ?? noAnswer]));
      await this.finish(batch, chunk, found);
    }
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
