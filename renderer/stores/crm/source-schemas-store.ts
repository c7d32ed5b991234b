import type { SchemaDetail, SchemaSummary } from '../../../shared/domain/schemas';
import { createBrowseStore, type BrowseState } from '../collections/collection-store';
import type { StoreDeps } from '../store-deps';

export type SourceSchemasState = BrowseState<SchemaSummary, SchemaDetail>;

/** The source schemas the configuration wizards generated: pending until the next log-on. */
export const createSourceSchemasStore = ({ api }: Pick<StoreDeps, 'api'>) =>
  createBrowseStore<SchemaSummary, SchemaDetail>({
    noun: 'Schema',
    listChannel: 'schemas.list',
    detailChannel: 'schemas.get',
    list: () => api.schemas.list(),
    detail: (name) => api.schemas.get({ name }),
  });

export type SourceSchemasStore = ReturnType<typeof createSourceSchemasStore>;
