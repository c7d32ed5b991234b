import type { ConsoleApi } from '../api/console-client';
import type { ConnectionStore } from './connection-store';
import { createEnumerationsStore } from './enumerations-store';
import { createExplorerStore } from './explorer-store';
import { createOptionsStore } from './options-store';
import { createSessionStore } from './session-store';
import type { Notifier } from './store-deps';

export interface ConsoleStores {
  connection: ConnectionStore;
  session: ReturnType<typeof createSessionStore>;
  options: ReturnType<typeof createOptionsStore>;
  enumerations: ReturnType<typeof createEnumerationsStore>;
  explorer: ReturnType<typeof createExplorerStore>;
}

/**
 * Creates the per-domain stores over one client. When the logged-on operator changes (log off,
 * another operator), what the previous one had open is forgotten.
 */
export function createConsoleStores(
  api: ConsoleApi,
  notify: Notifier,
  connection: ConnectionStore,
): ConsoleStores {
  const deps = { api, notify };
  const stores: ConsoleStores = {
    connection,
    session: createSessionStore(deps),
    options: createOptionsStore(deps),
    enumerations: createEnumerationsStore(deps),
    explorer: createExplorerStore(),
  };
  stores.session.subscribe((state, previous) => {
    if (state.status?.operator?.name === previous.status?.operator?.name) return;
    stores.options.getState().reset();
    stores.enumerations.getState().reset();
    stores.explorer.getState().reset();
  });
  return stores;
}
