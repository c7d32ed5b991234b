import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('workflows');
  const unused = fields.find((f) => !value.some((r) => r.remote === f));
  const columns: GridColumn<Fields[number]>[] = [
    remoteFieldColumn(fields, (line) => t('crm.remoteFieldOf', { line })),
    conversionColumn(),
  ];
  return (
    <EditableGrid
      label={t('crm.remoteFields')}
      rows={value}
      columns={columns}
      onChange={onChange}
      removeLabel={(line) => t('crm.removeRemoteField', { line })}
      addText={t('crm.addRemoteField')}
      newRow={unused === undefined ? null : { remote: unused, conversion: 'default' }}
      maxRows={500}
    >
      <p className="workflow-muted">{t('crm.idAdded')}</p>
    </EditableGrid>
  );
}
