import * as TableClasses from '@blueprintjs/table/lib/esm/common/classes';
import { createContext, useContext, useEffect, type RefObject } from 'react';

/**
 * The grid's column headers as one stop of the Tab order, like a toolbar: the header that has
 * it (the last one focused, the first at the start), and how the arrow keys move it.
 */
export type HeaderKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';
export const headerKeys: readonly string[] = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

export interface HeaderFocus {
  /** The column whose header Tab reaches. */
  current: string | null;
  /** A move asked by a key, which the header named takes once it is drawn. */
  pending: string | null;
  move(from: string, key: HeaderKey): void;
  /** The header took the focus (a click, Tab, or a move): it is the stop now. */
  took(column: string): void;
}

export const HeaderFocusContext = createContext<HeaderFocus | null>(null);

export function useHeaderFocus(): HeaderFocus | null {
  return useContext(HeaderFocusContext);
}

/** The column a key moves to from `from`, in the order shown. */
export function columnAfterKey(
  columns: readonly string[],
  from: string,
  key: HeaderKey,
): string | null {
  const at = columns.indexOf(from);
  if (at < 0 || columns.length === 0) return null;
  const index =
    key === 'Home'
      ? 0
      : key === 'End'
        ? columns.length - 1
        : Math.min(columns.length - 1, Math.max(0, at + (key === 'ArrowRight' ? 1 : -1)));
  return columns[index] ?? null;
}

const headersIn = (quadrant: string) => `.${quadrant} .${TableClasses.TABLE_COLUMN_HEADERS}`;

/**
 * Blueprint draws the column headers twice: in the top quadrant, which shows them, and under it
 * in the main one. The shown row becomes a table of one row of column headers, named, that a
 * screen reader reads with each column's sort; the copy under it is hidden from it. Run after
 * every render: Blueprint draws these divs itself and has no props for them.
 */
export function useHeaderRowRoles(holder: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const root = holder.current;
    const shown = root?.querySelector<HTMLElement>(headersIn(TableClasses.TABLE_QUADRANT_TOP));
    const copy = root?.querySelector<HTMLElement>(headersIn(TableClasses.TABLE_QUADRANT_MAIN));
    if (!shown) return;
    shown.setAttribute('role', 'row');
    const table = shown.closest<HTMLElement>(`.${TableClasses.TABLE_QUADRANT_TOP}`);
    table?.setAttribute('role', 'table');
    table?.setAttribute('aria-label', label);
    copy?.setAttribute('aria-hidden', 'true');
  });
}
