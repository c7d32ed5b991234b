import type { Enumeration, EnumerationSummary } from '../../shared/domain/enumerations';
import { createCollectionStore, type CollectionState } from './collections/collection-store';
import type { StoreDeps } from './store-deps';

export type EnumerationsState = CollectionState<EnumerationSummary, Enumeration, Enumeration>;

/** Enumerations: the list gives counts only, so opening one reads its values. */
export const createEnumerationsStore = ({ api, notify }: StoreDeps) =>
  createCollectionStore<EnumerationSummary, Enumeration, Enumeration>(
    {
      noun: 'Enumeration',
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
