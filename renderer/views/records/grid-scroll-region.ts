import * as TableClasses from '@blueprintjs/table/lib/esm/common/classes';
import { useEffect, type RefObject } from 'react';

const scrollerOf = (quadrant: string) =>
  `.${quadrant} > .${TableClasses.TABLE_QUADRANT_SCROLL_CONTAINER}`;

/**
 * Blueprint's Table scrolls its rows in an unnamed div that Tab never reaches, and takes the
 * focus on its outer div, which scrolls nothing. The rows' scroller becomes the grid's one tab
 * stop, named: once focused, the arrow keys and Page Up / Page Down scroll it, and the table's
 * own keys (copy) still reach the outer div. Run after every render of the grid: Blueprint
 * draws these divs itself and has no props for them.
 */
export function useGridScrollRegion(holder: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const table = holder.current?.querySelector<HTMLElement>(`.${TableClasses.TABLE_CONTAINER}`);
    const scroller = table?.querySelector<HTMLElement>(
      scrollerOf(TableClasses.TABLE_QUADRANT_MAIN),
    );
    if (!table || !scroller) return;
    // Clicks still focus it (tabindex -1), so the table's keys work after a click on a cell.
    table.tabIndex = -1;
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', label);
  });
}
