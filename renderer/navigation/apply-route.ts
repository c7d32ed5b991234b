import type { ConsoleStores } from '../stores/console-stores';
import type { ConsoleRoute } from './console-routes';

type RecordStore = ConsoleStores['options' | 'enumerations' | 'accounts' | 'schemas'];

function showItem(store: RecordStore, item: string | null): Promise<void> | undefined {
  const editor = store.getState().editor;
  if (item === null) {
    // A new record has no address of its own: the node's route keeps it.
    if (editor?.kind === 'edit') store.getState().closeEditor();
    return undefined;
  }
  if (editor?.kind === 'edit' && editor.name === item) return undefined;
  return store.getState().open(item);
}

/** The account of a wizard route, read from the list (loaded first after a reload). */
async function openWizard(stores: ConsoleStores, name: string): Promise<void> {
  if (stores.wizard.getState().account?.name === name) return;
  const accounts = stores.accounts;
  if (!accounts.getState().loaded) await accounts.getState().load();
  const account = accounts.getState().items.find((a) => a.name === name);
  // Its earlier steps' answers are gone after a reload: the wizard starts again at step 1.
  if (account?.enabled)
    stores.wizard.getState().open({
      name: account.name,
      label: account.label,
      type: account.type,
      configured: account.configured,
    });
}

/**
 * Opens what a route names: the node, its record or workflow, the wizard. Resolves once the
 * stores show it (or as much of it as still exists: a deleted record leaves the list shown).
 */
export async function applyRoute(stores: ConsoleStores, route: ConsoleRoute): Promise<void> {
  if (stores.explorer.getState().openId !== route.node) stores.explorer.getState().open(route.node);
  if (route.wizard === null && stores.wizard.getState().account) stores.wizard.getState().close();

  const editor = stores.workflowEditor.getState();
  const workflow = route.node === 'workflows' ? route.item : null;
  if (workflow === null && editor.name !== null) editor.close();
  if (workflow !== null && editor.name !== workflow) await editor.open(workflow);

  const byNode = {
    'external-accounts': stores.accounts,
    options: stores.options,
    enumerations: stores.enumerations,
    'data-schemas': stores.schemas,
  } as const;
  if (route.node in byNode) await showItem(byNode[route.node as keyof typeof byNode], route.item);
  if (route.wizard !== null && route.item !== null) await openWizard(stores, route.item);
}
