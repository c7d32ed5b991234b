import { Column, Regions, RenderMode, Table, type Region } from '@blueprintjs/table';
import { memo, useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';
import { useRecordEditor, useRecords } from '../../stores/stores-context';
import { renderColumnHeader } from './column-header';
import './csp-safe-resize-sensor';
import { isNumeric, valueFormatter } from './format-value';
import { GridCell } from './grid-cell';
import { defaultColumnWidth } from './grid-columns';
import { useGridScrollRegion } from './grid-scroll-region';
import {
  columnAfterKey,
  HeaderFocusContext,
  useHeaderRowRoles,
  type HeaderFocus,
} from './header-focus';
import './table-performance';

export const gridRowHeight = 24;

/**
 * The rows of the open table in a virtualized Blueprint Table: only the cells on screen are
 * drawn, and the rows under them are asked of the store, which fetches their pages. The table
 * itself redraws only when its shape changes (count, columns, widths): with a million rows
 * each of its redraws costs tens of milliseconds.
 */
export const RecordGrid = memo(function RecordGrid({
  definition,
}: {
  definition: TableDefinition;
}) {
  const hidden = useRecords((s) => s.hidden);
  const enumerations = useRecords((s) => s.enumerations);
  const count = useRecords((s) => s.count);
  const rowAt = useRecords((s) => s.rowAt);
  const showRows = useRecords((s) => s.showRows);
  const [widths, setWidths] = useState<Readonly<Record<string, number>>>({});
  const holder = useRef<HTMLDivElement>(null);
  const table = useRef<Table>(null);
  const { t, i18n } = useTranslation('records');
  const locale = i18n.language;
  useGridScrollRegion(holder, t('grid.region', { table: definition.label }));
  useHeaderRowRoles(holder, t('grid.headerRow', { table: definition.label }));
  const selected = useRecordEditor((s) => s.selected);
  const select = useRecordEditor((s) => s.select);
  // A click on a cell selects its whole row: rows are what New, Edit and Delete act on.
  const selectedRegions = useMemo(() => selected.map((row) => Regions.row(row)), [selected]);
  const onSelection = useCallback(
    (regions: Region[]) => select(selectedRows(regions, count ?? 0)),
    [select, count],
  );

  const columns = useMemo(
    () => definition.columns.filter((c) => !hidden.includes(c.name)),
    [definition, hidden],
  );
  const formatters = useMemo(
    () =>
      columns.map((c) =>
        valueFormatter(c, c.enumeration ? enumerations[c.enumeration] : undefined, locale),
      ),
    [columns, enumerations, locale],
  );
  const headerFocus = useHeaderFocusState(
    columns.map((c) => c.name),
    table,
  );
  const columnWidths = useMemo(
    () => columns.map((c) => widths[c.name] ?? defaultColumnWidth(c)),
    [columns, widths],
  );
  const onColumnWidthChanged = useCallback(
    (index: number, size: number) => {
      const column = columns[index];
      if (column) setWidths((w) => ({ ...w, [column.name]: size }));
    },
    [columns],
  );
  const onVisibleCellsChange = useCallback(
    (rows: { rowIndexStart: number; rowIndexEnd: number }) =>
      showRows(rows.rowIndexStart, rows.rowIndexEnd),
    [showRows],
  );
  const getCellClipboardData = useCallback(
    (rowIndex: number, columnIndex: number) => {
      const column = columns[columnIndex];
      const record = rowAt(rowIndex);
      if (!column || !record) return '';
      return formatters[columnIndex]?.(record[column.name]).text ?? '';
    },
    [columns, formatters, rowAt],
  );

  return (
    <div className="console-grid-table" ref={holder}>
      <HeaderFocusContext.Provider value={headerFocus}>
        <Table
          ref={table}
          numRows={count ?? 0}
          defaultRowHeight={gridRowHeight}
          enableRowResizing={false}
          // Cells on screen are drawn at once: a jump shows its rows in the same frame they arrive.
          renderMode={RenderMode.NONE}
          cellRendererDependencies={[formatters]}
          columnWidths={columnWidths}
          onColumnWidthChanged={onColumnWidthChanged}
          onVisibleCellsChange={onVisibleCellsChange}
          getCellClipboardData={getCellClipboardData}
          selectedRegions={selectedRegions}
          onSelection={onSelection}
        >
          {columns.map((column, index) => {
            const format = formatters[index] ?? valueFormatter(column, undefined, locale);
            const numeric = isNumeric(column);
            return (
              <Column
                key={column.name}
                id={column.name}
                name={column.label}
                cellRenderer={(row) => (
                  <GridCell row={row} column={column.name} format={format} numeric={numeric} />
                )}
                columnHeaderCellRenderer={() => renderColumnHeader(column, columns.length > 1)}
              />
            );
          })}
        </Table>
      </HeaderFocusContext.Provider>
    </div>
  );
});

/**
 * Which header is the row's Tab stop, and the moves of the arrow keys: a column out of view is
 * scrolled to first, and its header takes the focus once drawn.
 */
function useHeaderFocusState(
  columns: readonly string[],
  table: RefObject<Table | null>,
): HeaderFocus {
  const [stop, setStop] = useState<{ current: string | null; pending: string | null }>({
    current: null,
    pending: null,
  });
  const current = stop.current !== null && columns.includes(stop.current) ? stop.current : null;
  return {
    current: current ?? columns[0] ?? null,
    pending: stop.pending,
    move(from, direction) {
      const to = columnAfterKey(columns, from, direction);
      if (to === null || to === from) return;
      table.current?.scrollToRegion(Regions.column(columns.indexOf(to)));
      setStop({ current: to, pending: to });
    },
    took(column) {
      setStop((s) =>
        s.current === column && s.pending === null ? s : { current: column, pending: null },
      );
    },
  };
}

/** The rows a selection covers, in order; a whole-column or whole-table selection takes none. */
function selectedRows(regions: readonly Region[], count: number): number[] {
  const rows = new Set<number>();
  for (const region of regions) {
    if (!region.rows) continue;
    const [first, last] = region.rows;
    // Bounded: a shift-click across a million rows selects them, but Edit needs one row and
    // Delete takes at most a thousand at a time.
    for (let row = first; row <= Math.min(last, first + 999, count - 1); row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}
