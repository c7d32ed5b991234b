import { Callout, Spinner } from '@blueprintjs/core';
import { SelectProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { QueryFilterEditor } from './query-filter-editor';
import { useTableDefinition, useTables } from './use-lookups';

export function QueryFields({ activity, onChange }: ActivityEditorProps<'query'>) {
  const tables = useTables();
  const definition = useTableDefinition(activity.table);
  return (
    <>
      <SelectProperty
        label="Table"
        value={activity.table}
        placeholder="Select a table."
        choices={tables.map((t) => ({ value: t.name, label: `${t.label} (${t.name})` }))}
        onChange={(table) => onChange({ ...activity, table, filter: null })}
        invalid={activity.table === null}
      />
      {definition?.status === 'loading' && <Spinner size={16} aria-label="Loading the columns" />}
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
