import { HTMLSelect, InputGroup } from '@blueprintjs/core';
import type { ActivityOf } from '../../../../shared/domain/workflows/activity-settings';
import { useTranslation } from 'react-i18next';
import { updateOperations } from '../../../../shared/domain/workflows/update-data-settings';
import { updateOperationLabel } from '../../../stores/workflows/workflow-labels';
import { CheckProperty, NamesProperty, SelectProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { EditableGrid, type GridColumn } from './editable-grid';
import { TableProperty } from './table-property';
import { useTableDefinition } from './use-lookups';

type Mapping = ActivityOf<'updateData'>['mapping'];

export function UpdateDataFields({ activity, onChange }: ActivityEditorProps<'updateData'>) {
  const { t } = useTranslation('workflows');
  return (
    <>
      <TableProperty
        value={activity.table}
        onChange={(table) => onChange({ ...activity, table })}
      />
      <SelectProperty
        label={t('update.operation')}
        value={activity.operation}
        choices={updateOperations.map((o) => ({ value: o, label: updateOperationLabel(o) }))}
        onChange={(operation) => onChange({ ...activity, operation })}
      />
      <NamesProperty
        key={`${activity.id}:reconciliation`}
        label={t('update.reconciliation')}
        value={activity.reconciliation}
        onChange={(reconciliation) => onChange({ ...activity, reconciliation })}
        help={t('update.reconciliationHelp')}
      />
      <MappingGrid
        table={activity.table}
        mapping={activity.mapping}
        onChange={(mapping) => onChange({ ...activity, mapping })}
      />
      <CheckProperty
        label={t('processRejects')}
        checked={activity.processRejects}
        onChange={(processRejects) => onChange({ ...activity, processRejects })}
      />
    </>
  );
}

/**
 * A saved column the table does not have (another table chosen since, a column dropped) as an
 * option of its own: without it the select shows the table's first column in its place.
 */
function missing(column: string, columns: readonly { name: string }[]) {
  return column && !columns.some((c) => c.name === column)
    ? [{ value: column, label: column }]
    : [];
}

/** Source column (of the input population) → destination column (of the table). */
function MappingGrid({
  table,
  mapping,
  onChange,
}: {
  table: string | null;
  mapping: Mapping;
  onChange(mapping: Mapping): void;
}) {
  const { t } = useTranslation('workflows');
  const definition = useTableDefinition(table);
  const destinations = definition?.status === 'ready' ? definition.value.columns : [];
  const columns: GridColumn<Mapping[number]>[] = [
    {
      title: t('update.source'),
      cell: (row, i, set) => (
        <InputGroup
          aria-label={t('update.sourceOf', { line: i + 1 })}
          value={row.source}
          onValueChange={(source) => set({ ...row, source })}
          spellCheck={false}
        />
      ),
    },
    {
      title: t('update.destination'),
      cell: (row, i, set) => (
        <HTMLSelect
          aria-label={t('update.destinationOf', { line: i + 1 })}
          value={row.destination}
          onChange={(e) => set({ ...row, destination: e.currentTarget.value })}
          options={[
            { value: '', label: t('choose'), disabled: true },
            ...missing(row.destination, destinations),
            ...destinations.map((c) => ({ value: c.name, label: `${c.label} (${c.name})` })),
          ]}
        />
      ),
    },
  ];
  return (
    <EditableGrid
      label={t('mapping.label')}
      rows={mapping}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => t('update.remove', { line })}
      addText={t('mapping.add')}
      newRow={{ source: '', destination: '' }}
      maxRows={500}
    />
  );
}
