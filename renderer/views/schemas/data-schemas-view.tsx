import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../../shared/domain/records';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { SchemaDetail } from './schema-detail';
import { SourceSchemasSection } from './source-schemas-section';

const columns = (t: TFunction<'schemas'>): CollectionColumn<TableSummary>[] => [
  { header: t('columns.label'), headerClassName: 'console-col-name', render: (s) => s.label },
  { header: t('columns.name'), cellClassName: 'console-mono', render: (s) => s.name },
];

/** Administration > Configuration > Data schemas: the tables of the record store. */
export function DataSchemasView() {
  const store = useConsoleStores().schemas;
  const { t } = useTranslation('schemas');
  return (
    <CollectionView
      nodeId="data-schemas"
      store={store}
      unreadable={{ list: t('tables.unreadable'), record: t('tables.unreadableRecord') }}
      list={{
        columns: columns(t),
        emptyText: t('tables.empty'),
        testIds: { table: 'schemas-table', empty: 'schemas-empty', row: 'schema-row' },
      }}
      detail={({ current }) => current && <SchemaDetail definition={current} />}
      before={<SourceSchemasSection />}
    />
  );
}
