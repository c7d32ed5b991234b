import type { ExplorerNodeId } from '../explorer/explorer-nodes';
import type { ConsoleStores } from '../stores/console-stores';
import type { ConsoleRoute } from './console-routes';
import { consoleI18n } from '../i18n/console-i18n';

/** The record open in a list-and-detail node; null when none (a new record has no address). */
function openItem(stores: ConsoleStores, node: ExplorerNodeId): string | null {
  const editorOf = {
    'external-accounts': stores.accounts,
    options: stores.options,
    enumerations: stores.enumerations,
    'data-schemas': stores.schemas,
  } as const;
  if (node === 'workflows') return stores.workflowEditor.getState().name;
  if (!(node in editorOf)) return null;
  const editor = editorOf[node as keyof typeof editorOf].getState().editor;
  return editor?.kind === 'edit' ? editor.name : null;
}

/** Where the stores say the administrator is: what the address must show. */
export function storesRoute(stores: ConsoleStores): ConsoleRoute {
  const node = stores.explorer.getState().openId;
  const item = openItem(stores, node);
  const wizard = stores.wizard.getState();
  const inWizard = node === 'external-accounts' && item !== null && wizard.account?.name === item;
  return { node, item, wizard: inWizard ? wizard.step : null };
}

/** Why leaving the place the stores show would lose something; null when nothing is lost. */
export function leaveReason(stores: ConsoleStores): string | null {
  const wizard = stores.wizard.getState();
  if (wizard.account)
    return consoleI18n.t('shell:leave.wizardOpen', { account: wizard.account.label });
  const editor = stores.workflowEditor.getState();
  if (editor.dirty && editor.name)
    return consoleI18n.t('shell:leave.workflowUnsaved', { workflow: editor.name });
  if (stores.unsavedForms.getState().forms.length > 0)
    return consoleI18n.t('shell:leave.formUnsaved');
  return null;
}
