import type { EnumerationsStore } from '../enumerations-store';
import type { JobsStore } from '../jobs/jobs-store';
import type { StoreDeps } from '../store-deps';
import { createAccountActionsStore } from './account-actions-store';
import { createAccountsStore } from './accounts-store';
import { createEnumerationSyncStore } from './enumeration-sync-store';
import { createSourceSchemasStore } from './source-schemas-store';
import { createWizardStore } from './wizard-store';

/** The stores of steps 2 to 5: external accounts, their wizard, schemas, enumeration sync. */
export interface CrmStores {
  accounts: ReturnType<typeof createAccountsStore>;
  accountActions: ReturnType<typeof createAccountActionsStore>;
  wizard: ReturnType<typeof createWizardStore>;
  sourceSchemas: ReturnType<typeof createSourceSchemasStore>;
  enumerationSync: ReturnType<typeof createEnumerationSyncStore>;
}

export function createCrmStores(
  deps: StoreDeps,
  shared: { jobs: JobsStore; enumerations: EnumerationsStore },
): CrmStores {
  const accounts = createAccountsStore(deps);
  const sourceSchemas = createSourceSchemasStore(deps);
  return {
    accounts,
    accountActions: createAccountActionsStore(deps, accounts),
    wizard: createWizardStore(deps, { jobs: shared.jobs, accounts, sourceSchemas }),
    sourceSchemas,
    enumerationSync: createEnumerationSyncStore(deps, shared.enumerations),
  };
}

/** Each of them, for what applies to all (forgetting a previous operator's views). */
export const crmStoreList = (stores: CrmStores) => [
  stores.accounts,
  stores.accountActions,
  stores.wizard,
  stores.sourceSchemas,
  stores.enumerationSync,
];
