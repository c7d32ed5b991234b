import type { LatencyModel } from '../../framework/latency/latency-model';

/**
 * Salesforce runs a job's chunks on parallel threads: the emulator divides the per-record
 * server time of its latency profile by this (an estimate, see emulators/README.md).
 */
export const bulkParallelism = 10;

/** Jobs processed at once per org; later ones wait in UploadComplete, as queued jobs do. */
export const maxActiveJobs = 5;

/**
 * Runs jobs asynchronously, a few at a time, on the latency model's timers: with latency off a
 * chunk takes a turn of the event loop; otherwise its records' modeled server time.
 */
export class BulkProcessor {
  private active = 0;
  private readonly queue: (() => Promise<void>)[] = [];

  constructor(private readonly latency: LatencyModel | undefined) {}

  /** Queues a job's work; it starts when fewer than `maxActiveJobs` are running. */
  submit(work: () => Promise<void>): void {
    this.queue.push(work);
    this.pump();
  }

  /** Waits the modeled time of processing `records` records. */
  pause(records: number): Promise<void> {
    if (!this.latency) return new Promise((resolve) => setImmediate(resolve));
    const ms = (records * this.latency.profile.serverMsPerRecord) / bulkParallelism;
    return this.latency.timers.sleep(ms);
  }

  /** Modeled milliseconds since an earlier `now()`, for totalProcessingTime. */
  now(): number {
    return this.latency ? this.latency.timers.now() : performance.now();
  }

  private pump(): void {
    while (this.active < maxActiveJobs && this.queue.length > 0) {
      const work = this.queue.shift() as () => Promise<void>;
      this.active += 1;
      // Started on a later turn: the call that queued the job answers with its queued state.
      void new Promise((resolve) => setImmediate(resolve)).then(work).finally(() => {
        this.active -= 1;
        this.pump();
      });
    }
  }
}
