import { Button, HTMLSelect, HTMLTable, InputGroup } from '@blueprintjs/core';
import {
  updateOperationLabels,
  updateOperations,
  type ActivityOf,
} from '../../../../shared/domain/workflows';
import { CheckProperty, NamesProperty, SelectProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { useTableDefinition, useTables } from './use-lookups';

type Mapping = ActivityOf<'updateData'>['mapping'];

export function UpdateDataFields({ activity, onChange }: ActivityEditorProps<'updateData'>) {
  const tables = useTables();
  return (
    <>
      <SelectProperty
        label="Table"
        value={activity.table}
        placeholder="Select a table."
        choices={tables.map((t) => ({ value: t.name, label: `${t.label} (${t.name})` }))}
        onChange={(table) => onChange({ ...activity, table })}
        invalid={activity.table === null}
      />
      <SelectProperty
        label="Operation"
        value={activity.operation}
        choices={updateOperations.map((o) => ({ value: o, label: updateOperationLabels[o] }))}
        onChange={(operation) => onChange({ ...activity, operation })}
      />
      <NamesProperty
        key={`${activity.id}:reconciliation`}
        label="Reconciliation columns"
        value={activity.reconciliation}
        onChange={(reconciliation) => onChange({ ...activity, reconciliation })}
        help="Destination columns that identify a record (a key of the table), separated by commas."
      />
      <MappingGrid
        table={activity.table}
        mapping={activity.mapping}
        onChange={(mapping) => onChange({ ...activity, mapping })}
      />
      <CheckProperty
        label="Process rejects"
        checked={activity.processRejects}
        onChange={(processRejects) => onChange({ ...activity, processRejects })}
      />
    </>
  );
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
  const definition = useTableDefinition(table);
  const columns = definition?.status === 'ready' ? definition.value.columns : [];
  const setRow = (index: number, row: Mapping[number]) =>
    onChange(mapping.map((m, i) => (i === index ? row : m)));
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>Mapping</legend>
      <HTMLTable compact className="workflow-grid" aria-label="Mapping">
        <thead>
          <tr>
            <th>Source column</th>
            <th>Destination column</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {mapping.map((row, index) => (
            <tr key={index}>
              <td>
                <InputGroup
                  aria-label={`Source column of line ${index + 1}`}
                  value={row.source}
                  onValueChange={(source) => setRow(index, { ...row, source })}
                  spellCheck={false}
                />
              </td>
              <td>
                <HTMLSelect
                  aria-label={`Destination column of line ${index + 1}`}
                  value={row.destination}
                  onChange={(e) => setRow(index, { ...row, destination: e.currentTarget.value })}
                  options={[
                    { value: '', label: 'Choose…', disabled: true },
                    ...columns.map((c) => ({ value: c.name, label: `${c.label} (${c.name})` })),
                  ]}
                />
              </td>
              <td>
                <Button
                  icon="trash"
                  variant="minimal"
                  aria-label={`Remove line ${index + 1}`}
                  onClick={() => onChange(mapping.filter((_, i) => i !== index))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text="Add a mapping line"
        disabled={mapping.length >= 500}
        onClick={() => onChange([...mapping, { source: '', destination: '' }])}
      />
    </fieldset>
  );
}
