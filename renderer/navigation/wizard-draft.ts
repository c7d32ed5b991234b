import { z } from 'zod';
import type { WizardState } from '../stores/crm/wizard-store';

/**
 * What the configuration wizard needs, past its step (which the address holds), to reopen where
 * it was after a reload: the tables ticked. Kept in the history entry's state, which a reload
 * keeps and which leaves with the entry; table names only, never a secret.
 */
export const wizardDraftSchema = z.object({ selected: z.array(z.string()) });
export type WizardDraft = z.infer<typeof wizardDraftSchema>;

const navigationStateSchema = z.object({ wizard: wizardDraftSchema });
export type NavigationState = z.infer<typeof navigationStateSchema>;

/** The history state for the wizard as it is; null when it is closed. */
export function navigationStateOf(wizard: Pick<WizardState, 'account' | 'selected'>) {
  return wizard.account ? { wizard: { selected: [...wizard.selected] } } : null;
}

/** The wizard's draft in a history entry's state, read back like any data coming in. */
export function draftIn(state: unknown): WizardDraft | null {
  const parsed = navigationStateSchema.safeParse(state);
  return parsed.success ? parsed.data.wizard : null;
}

export const sameDraft = (a: WizardDraft | null, b: WizardDraft | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.selected.length === b.selected.length &&
    a.selected.every((name, i) => name === b.selected[i]));
