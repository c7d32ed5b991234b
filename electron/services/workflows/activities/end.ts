import type { ActivityModule } from '../activity';

/** End: a branch stops here; the run ends when no task is left. */
export const endActivity: ActivityModule<'end'> = {
  execute: () => Promise.resolve({ outputs: {} }),
};
