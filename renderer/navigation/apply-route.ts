import type { ConsoleStores } from '../stores/console-stores';
import type { WizardStepId } from '../stores/crm/wizard-store';
import type { ConsoleRoute } from './console-routes';
import type { WizardDraft } from './wizard-draft';

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

/**
 * The account of a wizard route, read from the list (loaded first after a reload), at the
 * route's step with the draft its history entry kept; with no draft (an address typed in), the
 * earlier steps' answers are unknown and the wizard starts again at step 1.
 */
async function openWizard(
  stores: ConsoleStores,
  name: string,
  step: WizardStepId,
  draft: WizardDraft | null,
): Promise<void> {
  if (stores.wizard.getState().account?.name === name) return;
  const accounts = stores.accounts;
  if (!accounts.getState().loaded) await accounts.getState().load();
  const found = accounts.getState().items.find((a) => a.name === name);
  if (!found?.enabled) return;
  const account = {
    name: found.name,
    label: found.label,
    type: found.type,
    configured: found.configured,
  };
  if (draft) await stores.wizard.getState().resume(account, step, draft.selected);
  else stores.wizard.getState().open(account);
}

/**
 * Opens what a route names: the node, its record or workflow, the wizard (with the draft its
 * history entry kept). Resolves once the stores show it (or as much of it as still exists: a
 * deleted record leaves the list shown).
 */
export async function applyRoute(
  stores: ConsoleStores,
  route: ConsoleRoute,
  draft: WizardDraft | null = null,
): Promise<void> {
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
  if (route.wizard !== null && route.item !== null)
    await openWizard(stores, route.item, route.wizard, draft);
}
