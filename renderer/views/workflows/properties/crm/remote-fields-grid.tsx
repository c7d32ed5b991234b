import { Button, HTMLTable } from '@blueprintjs/core';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows';
import { ConversionSelect, RemoteFieldSelect } from './remote-field-select';

type Fields = CrmConnectorActivity['import']['fields'];

/** The remote fields an import reads: Remote CRM / Conversion. */
export function RemoteFieldsGrid({
  value,
  fields,
  onChange,
}: {
  value: Fields;
  fields: readonly string[];
  onChange(value: Fields): void;
}) {
  const setRow = (i: number, row: Fields[number]) =>
    onChange(value.map((r, j) => (j === i ? row : r)));
  const unused = fields.find((f) => !value.some((r) => r.remote === f));
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>Remote fields</legend>
      <p className="workflow-muted">
        The record id is added automatically, and with the automatic index the modification field
        too.
      </p>
      <HTMLTable compact className="workflow-grid" aria-label="Remote fields">
        <thead>
          <tr>
            <th>Remote CRM</th>
            <th>Conversion</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {value.map((row, i) => (
            <tr key={i}>
              <td>
                <RemoteFieldSelect
                  label={`Remote field of line ${i + 1}`}
                  value={row.remote}
                  fields={fields}
                  onChange={(remote) => setRow(i, { ...row, remote })}
                />
              </td>
              <td>
                <ConversionSelect
                  label={`Conversion of line ${i + 1}`}
                  value={row.conversion}
                  onChange={(conversion) => setRow(i, { ...row, conversion })}
                />
              </td>
              <td>
                <Button
                  icon="trash"
                  variant="minimal"
                  aria-label={`Remove remote field ${i + 1}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text="Add a remote field"
        disabled={!unused || value.length >= 500}
        onClick={() => unused && onChange([...value, { remote: unused, conversion: 'default' }])}
      />
    </fieldset>
  );
}
