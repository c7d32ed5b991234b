import type { SessionStatus } from '../../shared/domain/session';

/** Carried by the root element as `data-app-state`, so end-to-end tests wait on it. */
export type AppState = 'loading' | 'setup' | 'logon' | 'ready' | 'expired';

export function appStateOf(expired: boolean, status: SessionStatus | null): AppState {
  if (expired) return 'expired';
  if (!status) return 'loading';
  if (!status.setUp) return 'setup';
  return status.operator ? 'ready' : 'logon';
}
