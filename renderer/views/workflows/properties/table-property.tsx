import { useTranslation } from 'react-i18next';
import { SelectProperty } from './property-fields';
import { useTables } from './use-lookups';

/** "Table": one of the record store's tables, flagged until one is chosen. */
export function TableProperty({
  value,
  onChange,
}: {
  value: string | null;
  onChange(table: string): void;
}) {
  const { t } = useTranslation('workflows');
  const tables = useTables();
  return (
    <SelectProperty
      label={t('table.label')}
      value={value}
      placeholder={t('table.placeholder')}
      choices={tables.map((t) => ({ value: t.name, label: `${t.label} (${t.name})` }))}
      onChange={onChange}
      invalid={value === null}
    />
  );
}
