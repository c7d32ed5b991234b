import { InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('workflows');
  const columns: GridColumn<Mapping[number]>[] = [
    {
      title: t('crm.campaign'),
      cell: (row, i, set) => (
        <InputGroup
          aria-label={t('crm.campaignOf', { line: i + 1 })}
          value={row.source}
          onValueChange={(source) => set({ ...row, source })}
          spellCheck={false}
        />
      ),
    },
    remoteFieldColumn(fields, (line) => t('crm.remoteOf', { line })),
    conversionColumn(),
  ];
  return (
    <EditableGrid
      label={t('mapping.label')}
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => t('crm.removeMapping', { line })}
      addText={t('mapping.add')}
      newRow={{ source: '', remote: '', conversion: 'default' }}
      maxRows={500}
    />
  );
}
