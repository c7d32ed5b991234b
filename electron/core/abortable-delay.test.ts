import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableDelay } from './abortable-delay';

// Fake timers: the delays pass when the test says so, not with the wall clock.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a delay a signal can end', () => {
  it('ends after its time and leaves no listener on the signal', async () => {
    const signal = new AbortController().signal;
    let done = false;
    const delay = abortableDelay(500, signal).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await delay;
    expect(done).toBe(true);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('ends at once with the reason when the signal is aborted during the wait', async () => {
    const controller = new AbortController();
    const delay = abortableDelay(60_000, controller.signal);
    controller.abort(new Error('Stopped by the operator.'));
    await expect(delay).rejects.toThrow('Stopped by the operator.');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start on a signal already aborted, and words a reason that is not an error', async () => {
    const controller = new AbortController();
    controller.abort('no reason given');
    await expect(abortableDelay(60_000, controller.signal)).rejects.toThrow('Cancelled.');
    expect(vi.getTimerCount()).toBe(0);
  });
});
