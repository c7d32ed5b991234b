import { Classes } from '@blueprintjs/core';
import type { CSSProperties } from 'react';
import { useRecords } from '../../stores/stores-context';
import type { ValueFormatter } from './format-value';

/** Blueprint Table's cell class (the table package does not export its class names). */
const tableCell = `${Classes.getClassNamespace()}-table-cell`;

export interface GridCellProps {
  row: number;
  column: string;
  format: ValueFormatter;
  numeric: boolean;
  /** Set by the Table when it places the cell: its position, row and column classes. */
  className?: string;
  style?: CSSProperties;
}

/**
 * One cell as one element, in place of Blueprint's `Cell` (three elements: the cell, a text
 * wrapper, the value): a jump draws every cell on screen anew, and each element is restyled and
 * laid out. The Table places it as it places a `Cell` (class names and position); selection,
 * copy and the focus are the Table's own. Each cell follows its own row in the page cache, so a
 * page that arrives changes the cells it fills, not the table. A row not fetched yet is the
 * same element with a still grey bar.
 */
export function GridCell({ row, column, format, numeric, className, style }: GridCellProps) {
  const record = useRecords((s) => s.rowAt(row));
  const classes = [
    tableCell,
    'console-grid-cell',
    numeric ? 'console-grid-number' : null,
    record ? null : 'console-grid-loading',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  if (!record) return <div className={classes} style={style} />;
  const shown = format(record[column]);
  return (
    <div
      className={classes}
      style={style}
      data-testid="grid-cell"
      data-row={row}
      data-column={column}
      title={shown.tooltip}
    >
      {shown.text}
    </div>
  );
}
