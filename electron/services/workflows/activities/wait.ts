import { sleepUntil, type Sleep } from '../timers';
import type { ActivityModule } from '../activity';
import { readDueCheckpoint, type DueCheckpoint } from './due-checkpoint';

/**
 * Wait: a delay, then its input goes on unchanged (retry loops). The due time is checkpointed
 * first, so a resumed Wait only waits what is left.
 */
export function createWaitActivity(sleep: Sleep): ActivityModule<'wait'> {
  return {
    outputColumns: (_activity, _output, input) => input,
    execute: async (context) => {
      const timers = { now: context.env.now, sleep };
      let dueAt = readDueCheckpoint(context.checkpoint.read());
      if (dueAt === null) {
        dueAt = timers.now() + context.activity.seconds * 1000;
        const checkpoint: DueCheckpoint = { dueAt };
        await context.checkpoint.write(checkpoint);
      }
      context.waitingUntil(dueAt);
      await sleepUntil(timers, dueAt, context.signal);
      context.waitingUntil(null);
      return { outputs: { ok: context.input } };
    },
  };
}
