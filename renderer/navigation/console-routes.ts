import { isExplorerNodeId, type ExplorerNodeId } from '../explorer/explorer-nodes';
import { wizardSteps, type WizardStepId } from '../stores/crm/wizard-store';

/**
 * Where the administrator is, as the hash of the address says it: the explorer node, the record
 * or workflow open in its view, and the configuration wizard's step. One shape for both hosts.
 */
export interface ConsoleRoute {
  node: ExplorerNodeId;
  /** The record open below a list (an option, an account) or the workflow in its editor. */
  item: string | null;
  /** The configuration wizard of the account in `item`, at this step. */
  wizard: WizardStepId | null;
}

/** The nodes whose view opens one of its records; the others are a view and nothing more. */
export const nodesWithItems = [
  'external-accounts',
  'options',
  'enumerations',
  'data-schemas',
  'workflows',
] as const satisfies readonly ExplorerNodeId[];

export const homeRoute: ConsoleRoute = { node: 'administration', item: null, wizard: null };

const hasItems = (node: ExplorerNodeId) => (nodesWithItems as readonly string[]).includes(node);
const isWizardStep = (step: string): step is WizardStepId =>
  (wizardSteps as readonly string[]).includes(step);

export function routePath({ node, item, wizard }: ConsoleRoute): string {
  const parts: string[] = [node];
  if (item !== null) parts.push(encodeURIComponent(item));
  if (item !== null && wizard !== null) parts.push('wizard', wizard);
  return `/${parts.join('/')}`;
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The route a path names; null when it names nothing this console shows. */
export function parseRoute(path: string): ConsoleRoute | null {
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 0) return homeRoute;
  const [node, item, wizardWord, step, ...rest] = parts;
  if (node === undefined || !isExplorerNodeId(node) || rest.length > 0) return null;
  if (item === undefined) return { node, item: null, wizard: null };
  const name = decoded(item);
  if (name === null || name === '' || !hasItems(node)) return null;
  if (wizardWord === undefined) return { node, item: name, wizard: null };
  if (node !== 'external-accounts' || wizardWord !== 'wizard' || step === undefined) return null;
  return isWizardStep(step) ? { node, item: name, wizard: step } : null;
}

/** Whether two routes differ only by the wizard's step (a step is not a place to go back to). */
export const sameWizard = (a: ConsoleRoute, b: ConsoleRoute) =>
  a.wizard !== null && b.wizard !== null && a.node === b.node && a.item === b.item;
