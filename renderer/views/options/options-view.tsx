import type { Option } from '../../../shared/domain/options';
import { optionTypeLabels } from '../../../shared/domain/options';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { draftFromOption, emptyOptionDraft } from './option-draft';
import { OptionForm } from './option-form';

const columns: CollectionColumn<Option>[] = [
  {
    header: 'Internal name',
    headerClassName: 'console-col-name',
    cellClassName: 'console-mono',
    render: (o) => o.name,
  },
  { header: 'Label', render: (o) => o.label },
  { header: 'Type', headerClassName: 'console-col-type', render: (o) => optionTypeLabels[o.type] },
  { header: 'Value', cellClassName: 'console-mono console-cell-value', render: (o) => o.value },
];

/** Administration > Platform > Options: the list, and the form of the option opened in it. */
export function OptionsView() {
  const store = useConsoleStores().options;
  // Store actions never change: read once, no subscription needed.
  const { openNew, remove } = store.getState();
  return (
    <CollectionView
      nodeId="options"
      store={store}
      plural="options"
      singular="option"
      list={{
        columns,
        emptyText: 'No options yet. Click New to create one.',
        testIds: {
          table: 'options-table',
          empty: 'options-empty',
          row: 'option-row',
          rowDelete: 'option-row-delete',
        },
      }}
      detail={({ target, current, revision, onDelete }) => (
        <OptionForm
          target={target}
          revision={revision}
          initial={current ? draftFromOption(current) : emptyOptionDraft}
          onDelete={onDelete}
        />
      )}
      editing={{
        newTestId: 'options-new',
        openNew,
        remove,
        deleteMessage: (name) => (
          <>
            Delete the option <strong>{name}</strong>? Workflows that read it will no longer find
            it.
          </>
        ),
      }}
    />
  );
}
