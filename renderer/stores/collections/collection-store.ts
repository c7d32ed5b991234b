import { createStore } from 'zustand/vanilla';
import type { Channel } from '../../../shared/contract';
import type { ConsoleCallError, ShownError } from '../../api/console-call-error';
import { asCallError, type EditorTarget, type Notifier } from '../store-deps';
import { sameName } from '../../../shared/domain/names';

/** A list of named records and the one opened below it, read-only (e.g. data schemas). */
export interface BrowseState<Summary, Detail> {
  items: Summary[];
  loading: boolean;
  loaded: boolean;
  loadError: ShownError | null;
  editor: EditorTarget | null;
  /** The record the detail shows, once read; null for a new one or while it loads. */
  current: Detail | null;
  detailError: ShownError | null;
  /** Counts successful saves, so the detail reloads what the service kept; 0 when read-only. */
  revision: number;
  load(): Promise<void>;
  open(name: string): Promise<void>;
  closeEditor(): void;
  reset(): void;
}

/** A list of named records that the administrator creates, edits and deletes. */
export interface CollectionState<Summary, Detail, Input> extends BrowseState<Summary, Detail> {
  saving: boolean;
  /** The service's refusal of the last save, shown on the form until the next attempt. */
  saveError: ConsoleCallError | null;
  openNew(): void;
  /** Creates or updates the record the editor shows; false when the service refused. */
  save(input: Input): Promise<boolean>;
  remove(name: string): Promise<boolean>;
}

export interface BrowseSource<Summary, Detail> {
  /** The messages, worded per collection and read when shown (the language may change). */
  words: BrowseWords;
  listChannel: Channel;
  detailChannel: Channel;
  list(): Promise<Summary[]>;
  /**
   * The record to show: read from the service, or taken from the list at once when the list
   * already holds all of it (undefined when it is not there).
   */
  detail(name: string, items: readonly Summary[]): Promise<Detail> | Detail | undefined;
}

export interface BrowseWords {
  /** "Option 'x' is no longer in the list." */
  missing(name: string): string;
}

export interface CollectionWords extends BrowseWords {
  saved(name: string): string;
  deleted(name: string): string;
}

export interface CollectionSource<
  Summary,
  Detail extends { name: string },
  Input,
> extends BrowseSource<Summary, Detail> {
  words: CollectionWords;
  channels: { create: Channel; update: Channel; delete: Channel };
  create(input: Input): Promise<Detail>;
  update(originalName: string, input: Input): Promise<Detail>;
  remove(name: string): Promise<unknown>;
}

const browseInitial = {
  items: [],
  loading: false,
  loaded: false,
  loadError: null,
  editor: null,
  current: null,
  detailError: null,
  revision: 0,
};

type Setter<S> = (partial: Partial<S>) => void;

/** The reading half, shared by both kinds of store. */
function browseActions<Summary, Detail>(
  source: BrowseSource<Summary, Detail>,
  set: Setter<BrowseState<Summary, Detail>>,
  get: () => BrowseState<Summary, Detail>,
) {
  return {
    async load() {
      set({ loading: true, loadError: null });
      try {
        set({ items: await source.list(), loaded: true });
      } catch (error) {
        set({ loadError: asCallError(source.listChannel, error) });
      } finally {
        set({ loading: false });
      }
    },

    async open(name: string) {
      set({ editor: { kind: 'edit', name }, current: null, detailError: null });
      const show = (detail: Detail | undefined) => {
        // Another row may have been opened while this one loaded.
        const editor = get().editor;
        if (editor?.kind !== 'edit' || editor.name !== name) return;
        if (detail === undefined) set({ detailError: source.words.missing(name) });
        else set({ current: detail });
      };
      try {
        const detail = source.detail(name, get().items);
        // Taken from the list: shown in the same update as the click, without a spinner.
        show(detail instanceof Promise ? await detail : detail);
      } catch (error) {
        set({ detailError: asCallError(source.detailChannel, error) });
      }
    },
  };
}

export const createBrowseStore = <Summary, Detail>(source: BrowseSource<Summary, Detail>) =>
  createStore<BrowseState<Summary, Detail>>()((set, get) => ({
    ...browseInitial,
    ...browseActions(source, set, get),
    closeEditor: () => set({ editor: null, current: null, detailError: null }),
    reset: () => set(browseInitial),
  }));

const collectionInitial = { ...browseInitial, saving: false, saveError: null };

export function createCollectionStore<Summary, Detail extends { name: string }, Input>(
  source: CollectionSource<Summary, Detail, Input>,
  notify: Notifier,
) {
  type State = CollectionState<Summary, Detail, Input>;
  return createStore<State>()((set, get) => {
    const browse = browseActions(source, set, get);
    return {
      ...collectionInitial,
      load: browse.load,
      async open(name) {
        set({ saveError: null });
        await browse.open(name);
      },
      openNew: () =>
        set({ editor: { kind: 'new' }, current: null, detailError: null, saveError: null }),
      closeEditor: () => set({ editor: null, current: null, detailError: null, saveError: null }),

      async save(input) {
        const editor = get().editor;
        if (!editor) return false;
        set({ saving: true, saveError: null });
        try {
          const saved =
            editor.kind === 'new'
              ? await source.create(input)
              : await source.update(editor.name, input);
          await get().load();
          set({
            editor: { kind: 'edit', name: saved.name },
            current: saved,
            revision: get().revision + 1,
          });
          notify.success(source.words.saved(saved.name));
          return true;
        } catch (error) {
          const channel = editor.kind === 'new' ? source.channels.create : source.channels.update;
          set({ saveError: asCallError(channel, error) });
          return false;
        } finally {
          set({ saving: false });
        }
      },

      async remove(name) {
        try {
          await source.remove(name);
        } catch (error) {
          notify.failure(asCallError(source.channels.delete, error).message);
          return false;
        }
        const editor = get().editor;
        if (editor?.kind === 'edit' && sameName(editor.name, name))
          set({ editor: null, current: null });
        notify.success(source.words.deleted(name));
        await get().load();
        return true;
      },

      reset: () => set(collectionInitial),
    };
  });
}
