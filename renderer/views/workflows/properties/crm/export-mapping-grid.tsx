import { Button, HTMLTable, InputGroup } from '@blueprintjs/core';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows';
import { ConversionSelect, RemoteFieldSelect } from './remote-field-select';

type Mapping = CrmConnectorActivity['export']['mapping'];

/** Export's "Mapping": Adobe Campaign (a column of the input) / Remote CRM / Conversion. */
export function ExportMappingGrid({
  value,
  fields,
  onChange,
}: {
  value: Mapping;
  fields: readonly string[];
  onChange(value: Mapping): void;
}) {
  const setRow = (i: number, row: Mapping[number]) =>
    onChange(value.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>Mapping</legend>
      <HTMLTable compact className="workflow-grid" aria-label="Mapping">
        <thead>
          <tr>
            <th>Adobe Campaign</th>
            <th>Remote CRM</th>
            <th>Conversion</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {value.map((row, i) => (
            <tr key={i}>
              <td>
                <InputGroup
                  aria-label={`Adobe Campaign column of line ${i + 1}`}
                  value={row.source}
                  onValueChange={(source) => setRow(i, { ...row, source })}
                  spellCheck={false}
                />
              </td>
              <td>
                <RemoteFieldSelect
                  label={`Remote CRM field of line ${i + 1}`}
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
                  aria-label={`Remove mapping line ${i + 1}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text="Add a mapping line"
        disabled={value.length >= 500}
        onClick={() => onChange([...value, { source: '', remote: '', conversion: 'default' }])}
      />
    </fieldset>
  );
}
