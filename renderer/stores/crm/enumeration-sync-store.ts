import { createStore } from 'zustand/vanilla';
import type { SyncChoice, SyncPreview, SyncRow } from '../../../shared/domain/enumeration-sync';
import { consoleI18n } from '../../i18n/console-i18n';
import type { EnumerationsStore } from '../enumerations-store';
import { asCallError, type StoreDeps } from '../store-deps';
import { failed, idle, loading, ready, valueOf, type Loadable } from './loadable';
import { sameName } from '../../../shared/domain/names';

/** What the administrator chose for one CRM picklist. */
export interface RowChoice {
  included: boolean;
  /** An existing enumeration, or the name of a new one. */
  target: string;
  replace: boolean;
}

/** choose: the rows; preview: what Start will do (after Next); applied: what it did. */
export type SyncStep = 'choose' | 'preview' | 'applied';

export interface EnumerationSyncState {
  account: { name: string; label: string } | null;
  step: SyncStep;
  rows: Loadable<SyncRow[]>;
  choices: Record<string, RowChoice>;
  /** The answer of Next, then of Start. */
  preview: Loadable<SyncPreview[]>;
  applying: boolean;
  applyError: string | null;
  open(account: { name: string; label: string }): Promise<void>;
  close(): void;
  choose(id: string, change: Partial<RowChoice>): void;
  next(): Promise<void>;
  back(): void;
  start(): Promise<void>;
  reset(): void;
}

const initial = {
  account: null,
  step: 'choose',
  rows: idle,
  choices: {},
  preview: idle,
  applying: false,
  applyError: null,
} satisfies Partial<EnumerationSyncState>;

/** The included rows as the service takes them, in the order of the dialog. */
export function chosen(
  rows: readonly SyncRow[],
  choices: Readonly<Record<string, RowChoice>>,
): SyncChoice[] {
  return rows.flatMap((row) => {
    const choice = choices[row.id];
    if (!choice?.included || row.refusal) return [];
    return [{ id: row.id, target: choice.target.trim(), replace: choice.replace }];
  });
}

/**
 * "Synchronizing enumerations..." of an external account: each CRM picklist mapped to a console
 * enumeration; Next previews, Start applies all in one write and refreshes Enumerations.
 */
export const createEnumerationSyncStore = (
  { api, notify }: StoreDeps,
  enumerations: EnumerationsStore,
) =>
  createStore<EnumerationSyncState>()((set, get) => {
    const request = () => {
      const { account, rows, choices } = get();
      return { account: account?.name ?? '', choices: chosen(valueOf(rows) ?? [], choices) };
    };

    return {
      ...initial,

      async open(account) {
        set({ ...initial, account, rows: loading });
        // The target picker offers the existing enumerations.
        void enumerations.getState().load();
        try {
          const rows = await api.enumerations.syncRows({ account: account.name });
          if (get().account?.name !== account.name) return;
          const choices = Object.fromEntries(
            rows.map((r) => [r.id, { included: false, target: r.defaultTarget, replace: false }]),
          );
          set({ rows: ready(rows), choices });
        } catch (error) {
          set({ rows: failed(asCallError('enumerations.syncRows', error).message) });
        }
      },

      close: () => set(initial),

      choose(id, change) {
        const current = get().choices[id];
        if (!current || get().step !== 'choose') return;
        set({ choices: { ...get().choices, [id]: { ...current, ...change } } });
      },

      async next() {
        set({ preview: loading });
        try {
          const preview = await api.enumerations.syncPreview(request());
          set({ preview: ready(preview), step: 'preview' });
        } catch (error) {
          set({ preview: failed(asCallError('enumerations.syncPreview', error).message) });
        }
      },

      back: () => set({ step: 'choose', preview: idle, applyError: null }),

      async start() {
        set({ applying: true, applyError: null });
        try {
          const applied = await api.enumerations.syncApply(request());
          set({ preview: ready(applied), step: 'applied' });
          notify.success(
            consoleI18n.t('enumerations:toasts.synchronized', { count: applied.length }),
          );
          await enumerations.getState().load();
          // An enumeration open in its editor shows its new values.
          const editor = enumerations.getState().editor;
          if (editor?.kind === 'edit' && applied.some((p) => sameName(p.target, editor.name)))
            await enumerations.getState().open(editor.name);
        } catch (error) {
          set({ applyError: asCallError('enumerations.syncApply', error).message });
        } finally {
          set({ applying: false });
        }
      },

      reset: () => set(initial),
    };
  });

export type EnumerationSyncStore = ReturnType<typeof createEnumerationSyncStore>;
