import { msg } from '../../../../shared/i18n/message';
import type { Schedule } from '../../../../shared/domain/workflows/scheduler-settings';
import type { ActivityModule, ActivityOutcome } from '../activity';
import { nextDailyOccurrence } from './daily-occurrence';
import { readDueCheckpoint, type DueCheckpoint } from './due-checkpoint';

const minuteMs = 60_000;

/** Re-queued for `dueAt`: the engine waits for it without holding up other tasks. */
function later(dueAt: number, fire: boolean): ActivityOutcome {
  const checkpoint: DueCheckpoint = { dueAt };
  return { outputs: fire ? { ok: null } : {}, again: { dueAt, checkpoint } };
}

/** The first execution: fire now, or wait for the first occurrence. */
function first(schedule: Schedule, now: number): ActivityOutcome {
  switch (schedule.kind) {
    case 'once': {
      const at = Date.parse(schedule.at);
      return at <= now ? { outputs: { ok: null } } : later(at, false);
    }
    case 'every':
      return later(now + schedule.minutes * minuteMs, true);
    case 'daily': {
      const at = nextDailyOccurrence(schedule.time, now);
      return at === now
        ? later(nextDailyOccurrence(schedule.time, now + 1), true)
        : later(at, false);
    }
  }
}

/** An occurrence has come: fire, and queue the next one for repeating schedules. */
function due(schedule: Schedule, dueAt: number, now: number): ActivityOutcome {
  switch (schedule.kind) {
    case 'once':
      return { outputs: { ok: null } };
    case 'every':
      return later(now + schedule.minutes * minuteMs, true);
    case 'daily':
      // After a long stop, occurrences missed meanwhile fire once, not once each.
      return later(nextDailyOccurrence(schedule.time, Math.max(dueAt, now) + 1), true);
  }
}

/**
 * Scheduler: once at a datetime (a past one fires at once), every N minutes (fires now, then
 * again N minutes later), or daily at a local time. A repeating one keeps its run going until
 * it is cancelled.
 */
export const schedulerActivity: ActivityModule<'scheduler'> = {
  execute: (context) => {
    const now = context.env.now();
    const dueAt = readDueCheckpoint(context.checkpoint.read());
    const { schedule } = context.activity;
    const outcome = dueAt === null ? first(schedule, now) : due(schedule, dueAt, now);
    if (outcome.again)
      context.log(
        'info',
        msg('messages:log.nextOccurrence', {
          at: new Date(outcome.again.dueAt).toISOString(),
        }),
      );
    return Promise.resolve(outcome);
  },
};
