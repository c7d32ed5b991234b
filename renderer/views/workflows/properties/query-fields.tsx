import { Callout, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ActivityEditorProps } from './activity-editor-props';
import { QueryFilterEditor } from './query-filter-editor';
import { TableProperty } from './table-property';
import { useTableDefinition } from './use-lookups';

export function QueryFields({ activity, onChange }: ActivityEditorProps<'query'>) {
  const { t } = useTranslation('workflows');
  const definition = useTableDefinition(activity.table);
  return (
    <>
      <TableProperty
        value={activity.table}
        onChange={(table) => onChange({ ...activity, table, filter: null })}
      />
      {definition?.status === 'loading' && (
        <Spinner size={16} aria-label={t('query.loadingColumns')} />
      )}
      {definition?.status === 'failed' && <Callout intent="danger">{definition.error}</Callout>}
      {definition?.status === 'ready' && (
        <QueryFilterEditor
          key={activity.id}
          definition={definition.value}
          filter={activity.filter}
          onChange={(filter) => onChange({ ...activity, filter })}
        />
      )}
    </>
  );
}
