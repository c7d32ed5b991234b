import type { TableDefinition, TableSummary } from '../../../shared/domain/records';
import { consoleI18n } from '../../i18n/console-i18n';
import { createBrowseStore, type BrowseState } from '../collections/collection-store';
import type { StoreDeps } from '../store-deps';

export type SchemasState = BrowseState<TableSummary, TableDefinition>;

/** Administration > Configuration > Data schemas: the record store's tables, read-only. */
export const createSchemasStore = ({ api }: Pick<StoreDeps, 'api'>) =>
  createBrowseStore<TableSummary, TableDefinition>({
    words: { missing: (name) => consoleI18n.t('schemas:tables.missing', { name }) },
    listChannel: 'records.tables',
    detailChannel: 'records.describe',
    list: () => api.records.tables(),
    detail: (table) => api.records.describe({ table }),
  });

export type SchemasStore = ReturnType<typeof createSchemasStore>;
