import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { Option } from '../../../shared/domain/options';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useConsoleStores } from '../../stores/stores-context';
import { draftFromOption, emptyOptionDraft } from './option-draft';
import { OptionForm, optionTypeLabel } from './option-form';

const columns = (t: TFunction<'options'>): CollectionColumn<Option>[] => [
  {
    header: t('form.name'),
    headerClassName: 'console-col-name',
    cellClassName: 'console-mono',
    render: (o) => o.name,
  },
  { header: t('form.label'), render: (o) => o.label },
  {
    header: t('form.type'),
    headerClassName: 'console-col-type',
    render: (o) => optionTypeLabel(t, o.type),
  },
  {
    header: t('form.value'),
    cellClassName: 'console-mono console-cell-value',
    render: (o) => o.value,
  },
];

/** Administration > Platform > Options: the list, and the form of the option opened in it. */
export function OptionsView() {
  const store = useConsoleStores().options;
  // Store actions never change: read once, no subscription needed.
  const { openNew, remove } = store.getState();
  const { t } = useTranslation('options');
  return (
    <CollectionView
      nodeId="options"
      store={store}
      unreadable={{ list: t('list.unreadable'), record: t('list.unreadableRecord') }}
      list={{
        columns: columns(t),
        emptyText: t('list.empty'),
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
