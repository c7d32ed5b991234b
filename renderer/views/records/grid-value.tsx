import { useRecords } from '../../stores/stores-context';
import type { ValueFormatter } from './format-value';

/**
 * One cell's value, read from the page cache. Each cell follows its own row, so a page that
 * arrives redraws the cells it fills, not the table (whose every redraw walks all its rows).
 */
export function GridValue({
  row,
  column,
  format,
}: {
  row: number;
  column: string;
  format: ValueFormatter;
}) {
  const record = useRecords((s) => s.rowAt(row));
  if (!record) return <div className="console-grid-skeleton" />;
  const shown = format(record[column]);
  return (
    <span data-testid="grid-cell" data-row={row} data-column={column} title={shown.tooltip}>
      {shown.text}
    </span>
  );
}
