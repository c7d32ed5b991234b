import type { ActivityModule } from '../activity';

/** Start: fires its OK transition, with no population. */
export const startActivity: ActivityModule<'start'> = {
  execute: () => Promise.resolve({ outputs: { ok: null } }),
};
