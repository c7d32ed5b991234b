import { createStore } from 'zustand/vanilla';
import type { Enumeration, EnumerationSummary } from '../../shared/domain/enumerations';
import type { ConsoleCallError } from '../api/console-call-error';
import { asCallError, type EditorTarget, type StoreDeps } from './store-deps';

export interface EnumerationsState {
  items: EnumerationSummary[];
  loading: boolean;
  loaded: boolean;
  loadError: string | null;
  editor: EditorTarget | null;
  /** The record the editor shows, once read; null for a new one or while it loads. */
  current: Enumeration | null;
  detailError: string | null;
  saving: boolean;
  saveError: ConsoleCallError | null;
  /** Counts successful saves, so the editor reloads what the service kept. */
  revision: number;
  load(): Promise<void>;
  openNew(): void;
  open(name: string): Promise<void>;
  closeEditor(): void;
  save(enumeration: Enumeration): Promise<boolean>;
  remove(name: string): Promise<boolean>;
  reset(): void;
}

const initial = {
  items: [],
  loading: false,
  loaded: false,
  loadError: null,
  editor: null,
  current: null,
  detailError: null,
  saving: false,
  saveError: null,
  revision: 0,
} satisfies Partial<EnumerationsState>;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const createEnumerationsStore = ({ api, notify }: StoreDeps) =>
  createStore<EnumerationsState>()((set, get) => ({
    ...initial,

    async load() {
      set({ loading: true, loadError: null });
      try {
        set({ items: await api.enumerations.list(), loaded: true });
      } catch (error) {
        set({ loadError: asCallError('enumerations.list', error).message });
      } finally {
        set({ loading: false });
      }
    },

    openNew: () =>
      set({ editor: { kind: 'new' }, current: null, detailError: null, saveError: null }),

    async open(name) {
      set({ editor: { kind: 'edit', name }, current: null, detailError: null, saveError: null });
      try {
        const current = await api.enumerations.get({ name });
        // Another row may have been opened while this one loaded.
        const editor = get().editor;
        if (editor?.kind === 'edit' && editor.name === name) set({ current });
      } catch (error) {
        set({ detailError: asCallError('enumerations.get', error).message });
      }
    },

    closeEditor: () => set({ editor: null, current: null, detailError: null, saveError: null }),

    async save(enumeration) {
      const editor = get().editor;
      if (!editor) return false;
      set({ saving: true, saveError: null });
      try {
        const saved =
          editor.kind === 'new'
            ? await api.enumerations.create(enumeration)
            : await api.enumerations.update({ originalName: editor.name, enumeration });
        set({
          editor: { kind: 'edit', name: saved.name },
          current: saved,
          revision: get().revision + 1,
        });
        notify.success(`Enumeration '${saved.name}' saved.`);
        await get().load();
        return true;
      } catch (error) {
        const channel = editor.kind === 'new' ? 'enumerations.create' : 'enumerations.update';
        set({ saveError: asCallError(channel, error) });
        return false;
      } finally {
        set({ saving: false });
      }
    },

    async remove(name) {
      try {
        await api.enumerations.delete({ name });
      } catch (error) {
        notify.failure(asCallError('enumerations.delete', error).message);
        return false;
      }
      const editor = get().editor;
      if (editor?.kind === 'edit' && sameName(editor.name, name))
        set({ editor: null, current: null });
      notify.success(`Enumeration '${name}' deleted.`);
      await get().load();
      return true;
    },

    reset: () => set(initial),
  }));

export type EnumerationsStore = ReturnType<typeof createEnumerationsStore>;
