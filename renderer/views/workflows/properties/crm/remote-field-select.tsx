import { HTMLSelect } from '@blueprintjs/core';
import {
  conversions,
  type Conversion,
} from '../../../../../shared/domain/workflows/crm-connector-settings';
import { useTranslation } from 'react-i18next';
import { conversionLabel } from '../../../../stores/workflows/workflow-labels';

/** A field of the remote object, in a grid cell. */
export function RemoteFieldSelect({
  label,
  value,
  fields,
  onChange,
}: {
  label: string;
  value: string;
  fields: readonly string[];
  onChange(value: string): void;
}) {
  const { t } = useTranslation('workflows');
  const options = fields.includes(value) || value === '' ? fields : [value, ...fields];
  return (
    <HTMLSelect
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      options={[
        { value: '', label: t('choose'), disabled: true },
        ...options.map((f) => ({ value: f, label: f })),
      ]}
    />
  );
}

/** The Conversion column of the remote fields and mapping grids. */
export function ConversionSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Conversion;
  onChange(value: Conversion): void;
}) {
  return (
    <HTMLSelect
      aria-label={label}
      value={value}
      onChange={(e) => {
        const chosen = conversions.find((c) => c === e.currentTarget.value);
        if (chosen) onChange(chosen);
      }}
      options={conversions.map((c) => ({ value: c, label: conversionLabel(c) }))}
    />
  );
}
