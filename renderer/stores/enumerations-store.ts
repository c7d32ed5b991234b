import type { Enumeration, EnumerationSummary } from '../../shared/domain/enumerations';
import { consoleI18n } from '../i18n/console-i18n';
import { createCollectionStore, type CollectionState } from './collections/collection-store';
import type { StoreDeps } from './store-deps';

export type EnumerationsState = CollectionState<EnumerationSummary, Enumeration, Enumeration>;

/** Enumerations: the list gives counts only, so opening one reads its values. */
export const createEnumerationsStore = ({ api, notify }: StoreDeps) =>
  createCollectionStore<EnumerationSummary, Enumeration, Enumeration>(
    {
      words: {
        missing: (name) => consoleI18n.t('enumerations:toasts.missing', { name }),
        saved: (name) => consoleI18n.t('enumerations:toasts.saved', { name }),
        deleted: (name) => consoleI18n.t('enumerations:toasts.deleted', { name }),
      },
      listChannel: 'enumerations.list',
      detailChannel: 'enumerations.get',
      channels: {
        create: 'enumerations.create',
        update: 'enumerations.update',
        delete: 'enumerations.delete',
      },
      list: () => api.enumerations.list(),
      detail: (name) => api.enumerations.get({ name }),
      create: (enumeration) => api.enumerations.create(enumeration),
      update: (originalName, enumeration) => api.enumerations.update({ originalName, enumeration }),
      remove: (name) => api.enumerations.delete({ name }),
    },
    notify,
  );

export type EnumerationsStore = ReturnType<typeof createEnumerationsStore>;
