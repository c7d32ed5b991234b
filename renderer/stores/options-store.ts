import { createStore } from 'zustand/vanilla';
import type { Option, OptionInput } from '../../shared/domain/options';
import type { ConsoleCallError } from '../api/console-call-error';
import { asCallError, type EditorTarget, type StoreDeps } from './store-deps';

export interface OptionsState {
  items: Option[];
  loading: boolean;
  loaded: boolean;
  loadError: string | null;
  editor: EditorTarget | null;
  saving: boolean;
  /** The service's refusal of the last save, shown on the form until the next attempt. */
  saveError: ConsoleCallError | null;
  /** Counts successful saves, so the form reloads the canonical values the service kept. */
  revision: number;
  load(): Promise<void>;
  openNew(): void;
  openExisting(name: string): void;
  closeEditor(): void;
  /** Creates or updates the record the editor shows; false when the service refused. */
  save(input: OptionInput): Promise<boolean>;
  remove(name: string): Promise<boolean>;
  reset(): void;
}

const initial = {
  items: [],
  loading: false,
  loaded: false,
  loadError: null,
  editor: null,
  saving: false,
  saveError: null,
  revision: 0,
} satisfies Partial<OptionsState>;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const createOptionsStore = ({ api, notify }: StoreDeps) =>
  createStore<OptionsState>()((set, get) => ({
    ...initial,

    async load() {
      set({ loading: true, loadError: null });
      try {
        set({ items: await api.options.list(), loaded: true });
      } catch (error) {
        set({ loadError: asCallError('options.list', error).message });
      } finally {
        set({ loading: false });
      }
    },

    openNew: () => set({ editor: { kind: 'new' }, saveError: null }),
    openExisting: (name) => set({ editor: { kind: 'edit', name }, saveError: null }),
    closeEditor: () => set({ editor: null, saveError: null }),

    async save(input) {
      const editor = get().editor;
      if (!editor) return false;
      set({ saving: true, saveError: null });
      try {
        const saved =
          editor.kind === 'new'
            ? await api.options.create(input)
            : await api.options.update({ originalName: editor.name, option: input });
        await get().load();
        set({ editor: { kind: 'edit', name: saved.name }, revision: get().revision + 1 });
        notify.success(`Option '${saved.name}' saved.`);
        return true;
      } catch (error) {
        const channel = editor.kind === 'new' ? 'options.create' : 'options.update';
        set({ saveError: asCallError(channel, error) });
        return false;
      } finally {
        set({ saving: false });
      }
    },

    async remove(name) {
      try {
        await api.options.delete({ name });
      } catch (error) {
        notify.failure(asCallError('options.delete', error).message);
        return false;
      }
      const editor = get().editor;
      if (editor?.kind === 'edit' && sameName(editor.name, name)) set({ editor: null });
      notify.success(`Option '${name}' deleted.`);
      await get().load();
      return true;
    },

    reset: () => set(initial),
  }));

export type OptionsStore = ReturnType<typeof createOptionsStore>;
