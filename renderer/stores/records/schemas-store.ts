import type { TableDefinition, TableSummary } from '../../../shared/domain/records';
import { createBrowseStore, type BrowseState } from '../collections/collection-store';
import type { StoreDeps } from '../store-deps';

export type SchemasState = BrowseState<TableSummary, TableDefinition>;

/** Administration > Configuration > Data schemas: the record store's tables, read-only. */
export const createSchemasStore = ({ api }: Pick<StoreDeps, 'api'>) =>
  createBrowseStore<TableSummary, TableDefinition>({
    noun: 'Data schema',
    listChannel: 'records.tables',
    detailChannel: 'records.describe',
    list: () => api.records.tables(),
    detail: (table) => api.records.describe({ table }),
  });

export type SchemasStore = ReturnType<typeof createSchemasStore>;
