import { InputGroup } from '@blueprintjs/core';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { EditableGrid, type GridColumn } from '../editable-grid';
import { conversionColumn, remoteFieldColumn } from './crm-grid-columns';

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
  const columns: GridColumn<Mapping[number]>[] = [
    {
      title: 'Adobe Campaign',
      cell: (row, i, set) => (
        <InputGroup
          aria-label={`Adobe Campaign column of line ${i + 1}`}
          value={row.source}
          onValueChange={(source) => set({ ...row, source })}
          spellCheck={false}
        />
      ),
    },
    remoteFieldColumn(fields, (line) => `Remote CRM field of line ${line}`),
    conversionColumn(),
  ];
  return (
    <EditableGrid
      label="Mapping"
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => `Remove mapping line ${line}`}
      addText="Add a mapping line"
      newRow={{ source: '', remote: '', conversion: 'default' }}
      maxRows={500}
    />
  );
}
