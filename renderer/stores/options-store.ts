import type { Option, OptionInput } from '../../shared/domain/options';
import { consoleI18n } from '../i18n/console-i18n';
import { createCollectionStore, type CollectionState } from './collections/collection-store';
import type { StoreDeps } from './store-deps';

export type OptionsState = CollectionState<Option, Option, OptionInput>;

/** Options: the list holds every field, so the form opens from it without another call. */
export const createOptionsStore = ({ api, notify }: StoreDeps) =>
  createCollectionStore<Option, Option, OptionInput>(
    {
      words: {
        missing: (name) => consoleI18n.t('options:toasts.missing', { name }),
        saved: (name) => consoleI18n.t('options:toasts.saved', { name }),
        deleted: (name) => consoleI18n.t('options:toasts.deleted', { name }),
      },
      listChannel: 'options.list',
      detailChannel: 'options.list',
      channels: { create: 'options.create', update: 'options.update', delete: 'options.delete' },
      list: () => api.options.list(),
      detail: (name, items) => items.find((o) => o.name === name),
      create: (option) => api.options.create(option),
      update: (originalName, option) => api.options.update({ originalName, option }),
      remove: (name) => api.options.delete({ name }),
    },
    notify,
  );

export type OptionsStore = ReturnType<typeof createOptionsStore>;
