import type { EnumerationSummary } from '../../../shared/domain/enumerations';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { draftFromEnumeration, emptyEnumerationDraft } from './enumeration-draft';
import { EnumerationEditor } from './enumeration-editor';

const columns: CollectionColumn<EnumerationSummary>[] = [
  {
    header: 'Internal name',
    headerClassName: 'console-col-name',
    cellClassName: 'console-mono',
    render: (e) => e.name,
  },
  { header: 'Label', render: (e) => e.label },
  {
    header: 'Values',
    headerClassName: 'console-col-count',
    cellClassName: 'console-col-count',
    cellTestId: 'enumeration-row-count',
    render: (e) => e.valueCount,
  },
];

/** Administration > Platform > Enumerations: the list, and the editor of the one opened. */
export function EnumerationsView() {
  const store = useConsoleStores().enumerations;
  // Store actions never change: read once, no subscription needed.
  const { openNew, remove } = store.getState();
  return (
    <CollectionView
      nodeId="enumerations"
      store={store}
      plural="enumerations"
      singular="enumeration"
      list={{
        columns,
        emptyText: 'No enumerations yet. Click New to create one.',
        testIds: {
          table: 'enumerations-table',
          empty: 'enumerations-empty',
          row: 'enumeration-row',
          rowDelete: 'enumeration-row-delete',
        },
      }}
      detail={({ target, current, revision, onDelete }) => (
        <EnumerationEditor
          target={target}
          revision={revision}
          initial={current ? draftFromEnumeration(current) : emptyEnumerationDraft()}
          onDelete={onDelete}
        />
      )}
      editing={{
        newTestId: 'enumerations-new',
        openNew,
        remove,
        deleteMessage: (name) => (
          <>
            Delete the enumeration <strong>{name}</strong> and its values?
          </>
        ),
      }}
    />
  );
}
