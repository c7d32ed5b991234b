import { Checkbox } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { EditableGrid, type GridColumn } from '../editable-grid';
import { RemoteFieldSelect } from './remote-field-select';

type OrderBy = CrmConnectorActivity['import']['orderBy'];

/** "Order by": Column / Descending sort, up to five. */
export function OrderByGrid({
  value,
  fields,
  onChange,
}: {
  value: OrderBy;
  fields: readonly string[];
  onChange(value: OrderBy): void;
}) {
  const { t } = useTranslation('workflows');
  const first = fields[0];
  const columns: GridColumn<OrderBy[number]>[] = [
    {
      title: t('orderBy.column'),
      cell: (row, i, set) => (
        <RemoteFieldSelect
          label={t('orderBy.columnOf', { line: i + 1 })}
          value={row.field}
          fields={fields}
          onChange={(field) => set({ ...row, field })}
        />
      ),
    },
    {
      title: t('orderBy.descending'),
      cell: (row, i, set) => (
        <Checkbox
          aria-label={t('orderBy.descendingOf', { line: i + 1 })}
          checked={row.descending}
          onChange={(e) => set({ ...row, descending: e.currentTarget.checked })}
        />
      ),
    },
  ];
  return (
    <EditableGrid
      label={t('orderBy.label')}
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => t('orderBy.remove', { line })}
      addText={t('orderBy.add')}
      newRow={first === undefined ? null : { field: first, descending: false }}
      maxRows={5}
    />
  );
}
