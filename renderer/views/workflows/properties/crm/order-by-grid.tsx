import { Button, Checkbox, HTMLTable } from '@blueprintjs/core';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows';
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
  const setRow = (i: number, row: OrderBy[number]) =>
    onChange(value.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>Order by</legend>
      <HTMLTable compact className="workflow-grid" aria-label="Order by">
        <thead>
          <tr>
            <th>Column</th>
            <th>Descending sort</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {value.map((row, i) => (
            <tr key={i}>
              <td>
                <RemoteFieldSelect
                  label={`Sort column ${i + 1}`}
                  value={row.field}
                  fields={fields}
                  onChange={(field) => setRow(i, { ...row, field })}
                />
              </td>
              <td>
                <Checkbox
                  aria-label={`Descending sort ${i + 1}`}
                  checked={row.descending}
                  onChange={(e) => setRow(i, { ...row, descending: e.currentTarget.checked })}
                />
              </td>
              <td>
                <Button
                  icon="trash"
                  variant="minimal"
                  aria-label={`Remove sort column ${i + 1}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text="Add a sort column"
        disabled={value.length >= 5 || fields.length === 0}
        onClick={() => onChange([...value, { field: fields[0] ?? '', descending: false }])}
      />
    </fieldset>
  );
}
