import { describe, expect, it } from 'vitest';
import { LatencyModel } from '../../framework/latency/latency-model';
import { ManualTimers } from '../../framework/latency/timers';
import { salesforceRealLatency } from '../limits';
import { BulkProcessor, bulkParallelism, maxActiveJobs } from './processor';

describe('bulk job processor', () => {
  it("waits the modeled server time of a chunk, on the latency model's timers", async () => {
    const timers = new ManualTimers();
    const processor = new BulkProcessor(new LatencyModel(salesforceRealLatency, timers));
    let done = false;
    void processor.pause(10_000).then(() => (done = true));
    await timers.whenWaiting(1);
    expect(timers.requested).toEqual([
      (10_000 * salesforceRealLatency.serverMsPerRecord) / bulkParallelism,
    ]);
    timers.advance(timers.requested[0] as number);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it(`runs at most ${maxActiveJobs} jobs at once; the next starts when one ends`, async () => {
    const timers = new ManualTimers();
    const processor = new BulkProcessor(new LatencyModel(salesforceRealLatency, timers));
    const started: number[] = [];
    for (let n = 0; n <= maxActiveJobs; n++)
      processor.submit(async () => {
        started.push(n);
        await timers.sleep(100 * (n + 1));
      });
    await timers.whenWaiting(maxActiveJobs);
    expect(started).toHaveLength(maxActiveJobs);
    timers.advance(100);
    await timers.whenWaiting(maxActiveJobs);
    expect(started).toEqual(Array.from({ length: maxActiveJobs + 1 }, (_, n) => n));
  });
});
