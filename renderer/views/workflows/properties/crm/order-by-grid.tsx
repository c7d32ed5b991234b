import { Checkbox } from '@blueprintjs/core';
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
  const first = fields[0];
  const columns: GridColumn<OrderBy[number]>[] = [
    {
      title: 'Column',
      cell: (row, i, set) => (
        <RemoteFieldSelect
          label={`Sort column ${i + 1}`}
          value={row.field}
          fields={fields}
          onChange={(field) => set({ ...row, field })}
        />
      ),
    },
    {
      title: 'Descending sort',
      cell: (row, i, set) => (
        <Checkbox
          aria-label={`Descending sort ${i + 1}`}
          checked={row.descending}
          onChange={(e) => set({ ...row, descending: e.currentTarget.checked })}
        />
      ),
    },
  ];
  return (
    <EditableGrid
      label="Order by"
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => `Remove sort column ${line}`}
      addText="Add a sort column"
      newRow={first === undefined ? null : { field: first, descending: false }}
      maxRows={5}
    />
  );
}
