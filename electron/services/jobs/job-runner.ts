import { englishText, msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { randomUUID } from 'node:crypto';
import type { ConsoleEvent, JobResult } from '../../../shared/events';
import { ConsoleError } from '../../core/console-error';
import type { EventBus } from '../../core/event-bus';
import type { Clock } from '../../core/clock';

import { thrownReason } from '../../core/thrown-message';

export interface JobContext {
  signal: AbortSignal;
  progress(done: number, total: number | null, message?: string): void;
  log(level: 'info' | 'warning' | 'error', message: ConsoleMessage): void;
}

/** Why a job failed: its message when the error carries one, else the error's own text. */
function failure(
  error: unknown,
): Pick<Extract<ConsoleEvent, { type: 'job.finished' }>, 'message' | 'key' | 'params'> {
  const reason = thrownReason(error);
  return typeof reason === 'string'
    ? { message: reason }
    : { message: englishText(reason), ...reason };
}

/** Progress events at most this often, so a fast job does not flood the renderer. */
const progressEveryMs = 100;

/**
 * Runs long work in the background: progress and log lines go out as events under the job's
 * id, and `cancel` aborts the job's signal.
 */
export class JobRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  start(work: (context: JobContext) => Promise<JobResult>): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    let lastProgress = Number.NEGATIVE_INFINITY;
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total, message) => {
        const at = this.clock.now();
        if (at - lastProgress < progressEveryMs && done !== total) return;
        lastProgress = at;
        this.events.emit({
          type: 'job.progress',
          jobId,
          done,
          total,
          ...(message ? { message } : {}),
        });
      },
      log: (level, message) =>
        this.events.emit({
          type: 'job.log',
          jobId,
          level,
          text: englishText(message),
          ...message,
          at: new Date(this.clock.now()).toISOString(),
        }),
    };
    // Started on the next turn, so the caller holds the job id before its first event.
    void new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => work(context))
      .then(
        (result) => this.events.emit({ type: 'job.finished', jobId, outcome: 'succeeded', result }),
        (error: unknown) =>
          this.events.emit(
            controller.signal.aborted
              ? { type: 'job.finished', jobId, outcome: 'cancelled' }
              : { type: 'job.finished', jobId, outcome: 'failed', ...failure(error) },
          ),
      )
      .finally(() => this.running.delete(jobId));
    return jobId;
  }

  cancel(jobId: string): null {
    const controller = this.running.get(jobId);
    if (!controller) throw new ConsoleError('NOT_FOUND', msg('messages:jobs.alreadyFinished'));
    controller.abort();
    return null;
  }
}
