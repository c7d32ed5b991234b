import { Button, HTMLTable } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of an editable grid: its header and the input of each line. */
export interface GridColumn<Row> {
  title: string;
  /** The cell of the line at `index`; `set` replaces that line. */
  cell(row: Row, index: number, set: (row: Row) => void): ReactNode;
}

/**
 * A property grid edited line by line: a cell input per column, a Remove button per line and
 * an Add button under the table. The legend names the table too.
 */
export function EditableGrid<Row>({
  label,
  rows,
  columns,
  onChange,
  removeLabel,
  addText,
  newRow,
  maxRows,
  children,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly GridColumn<Row>[];
  onChange(rows: Row[]): void;
  /** The Remove button's accessible name for line `line` (from 1). */
  removeLabel(line: number): string;
  addText: string;
  /** The line Add appends; null when there is none to add (Add is disabled). */
  newRow: Row | null;
  maxRows: number;
  /** Shown between the legend and the table. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('workflows');
  const setRow = (i: number, row: Row) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>{label}</legend>
      {children}
      <HTMLTable compact className="workflow-grid" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.title}>{column.title}</th>
            ))}
            <th aria-label={t('grid.actions')} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((column) => (
                <td key={column.title}>{column.cell(row, i, (changed) => setRow(i, changed))}</td>
              ))}
              <td>
                <Button
                  icon="trash"
                  variant="minimal"
                  aria-label={removeLabel(i + 1)}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text={addText}
        disabled={newRow === null || rows.length >= maxRows}
        onClick={() => newRow !== null && onChange([...rows, newRow])}
      />
    </fieldset>
  );
}
