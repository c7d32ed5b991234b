import type { SchemaDetail, SchemaSummary } from '../../../shared/domain/schemas';
import { consoleI18n } from '../../i18n/console-i18n';
import { createBrowseStore, type BrowseState } from '../collections/collection-store';
import type { StoreDeps } from '../store-deps';

export type SourceSchemasState = BrowseState<SchemaSummary, SchemaDetail>;

/** The source schemas the configuration wizards generated: pending until the next log-on. */
export const createSourceSchemasStore = ({ api }: Pick<StoreDeps, 'api'>) =>
  createBrowseStore<SchemaSummary, SchemaDetail>({
    words: { missing: (name) => consoleI18n.t('schemas:source.missing', { name }) },
    listChannel: 'schemas.list',
    detailChannel: 'schemas.get',
    list: () => api.schemas.list(),
    detail: (name) => api.schemas.get({ name }),
  });

export type SourceSchemasStore = ReturnType<typeof createSourceSchemasStore>;
