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
  const tables = useTables();
  return (
    <SelectProperty
      label="Table"
      value={value}
      placeholder="Select a table."
      choices={tables.map((t) => ({ value: t.name, label: `${t.label} (${t.name})` }))}
      onChange={onChange}
      invalid={value === null}
    />
  );
}
