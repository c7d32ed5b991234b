import type { Conversion } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { consoleI18n } from '../../../../i18n/console-i18n';
import type { GridColumn } from '../editable-grid';
import { ConversionSelect, RemoteFieldSelect } from './remote-field-select';

/** "Remote CRM": a field of the remote object per line; `labelOf` names the select of a line. */
export function remoteFieldColumn<Row extends { remote: string }>(
  fields: readonly string[],
  labelOf: (line: number) => string,
): GridColumn<Row> {
  return {
    title: consoleI18n.t('workflows:crm.remote'),
    cell: (row, i, set) => (
      <RemoteFieldSelect
        label={labelOf(i + 1)}
        value={row.remote}
        fields={fields}
        onChange={(remote) => set({ ...row, remote })}
      />
    ),
  };
}

/** "Conversion": how the value of each line is converted. */
export function conversionColumn<Row extends { conversion: Conversion }>(): GridColumn<Row> {
  return {
    title: consoleI18n.t('workflows:crm.conversion'),
    cell: (row, i, set) => (
      <ConversionSelect
        label={consoleI18n.t('workflows:crm.conversionOf', { line: i + 1 })}
        value={row.conversion}
        onChange={(conversion) => set({ ...row, conversion })}
      />
    ),
  };
}
