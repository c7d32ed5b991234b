import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { EnumerationSummary } from '../../../shared/domain/enumerations';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { draftFromEnumeration, emptyEnumerationDraft } from './enumeration-draft';
import { EnumerationEditor } from './enumeration-editor';

const columns = (t: TFunction<'enumerations'>): CollectionColumn<EnumerationSummary>[] => [
  {
    header: t('form.name'),
    headerClassName: 'console-col-name',
    cellClassName: 'console-mono',
    render: (e) => e.name,
  },
  { header: t('form.label'), render: (e) => e.label },
  {
    header: t('form.values'),
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
  const { t } = useTranslation('enumerations');
  return (
    <CollectionView
      nodeId="enumerations"
      store={store}
      unreadable={{ list: t('list.unreadable'), record: t('list.unreadableRecord') }}
      list={{
        columns: columns(t),
        emptyText: t('list.empty'),
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
          <Trans
            t={t}
            i18nKey="list.deleteMessage"
            values={{ name }}
            components={{ strong: <strong /> }}
          />
        ),
      }}
    />
  );
}
