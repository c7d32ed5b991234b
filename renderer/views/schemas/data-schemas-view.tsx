import type { TableSummary } from '../../../shared/domain/records';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { SchemaDetail } from './schema-detail';
import { SourceSchemasSection } from './source-schemas-section';

const columns: CollectionColumn<TableSummary>[] = [
  { header: 'Label', headerClassName: 'console-col-name', render: (t) => t.label },
  { header: 'Internal name', cellClassName: 'console-mono', render: (t) => t.name },
];

/** Administration > Configuration > Data schemas: the tables of the record store. */
export function DataSchemasView() {
  const store = useConsoleStores().schemas;
  return (
    <CollectionView
      nodeId="data-schemas"
      store={store}
      plural="data schemas"
      singular="data schema"
      list={{
        columns,
        emptyText:
          'No data schemas yet. The configuration wizard of a CRM external account generates one for each CRM table selected.',
        testIds: { table: 'schemas-table', empty: 'schemas-empty', row: 'schema-row' },
      }}
      detail={({ current }) => current && <SchemaDetail definition={current} />}
      before={<SourceSchemasSection />}
    />
  );
}
