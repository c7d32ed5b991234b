import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { EditableGrid, type GridColumn } from '../editable-grid';
import { conversionColumn, remoteFieldColumn } from './crm-grid-columns';

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
  const unused = fields.find((f) => !value.some((r) => r.remote === f));
  const columns: GridColumn<Fields[number]>[] = [
    remoteFieldColumn(fields, (line) => `Remote field of line ${line}`),
    conversionColumn(),
  ];
  return (
    <EditableGrid
      label="Remote fields"
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => `Remove remote field ${line}`}
      addText="Add a remote field"
      newRow={unused === undefined ? null : { remote: unused, conversion: 'default' }}
      maxRows={500}
    >
      <p className="workflow-muted">
        The record id is added automatically, and with the automatic index the modification field
        too.
      </p>
    </EditableGrid>
  );
}
