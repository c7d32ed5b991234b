/** One page read by its first row: its records, and whether it is the query's last. */
export interface RowPage<T> {
  rows: T[];
  last: boolean;
}

/**
 * The pages of a query read by row number (Oracle's `StartRowNum`), from `first` on, with up
 * to `window` asked for at once and handed over in order, so that their round trips overlap
 * (each session's pacer keeps the request rate). Nothing is asked for at or past `end` when
 * the total is known; otherwise the pages asked for past the last one are thrown away.
 */
export async function* pagesAhead<T>(
  first: number,
  pageSize: number,
  end: number | null,
  window: number,
  read: (row: number, nth: number) => Promise<RowPage<T>>,
): AsyncGenerator<RowPage<T> & { row: number }> {
  const asked: { row: number; page: Promise<RowPage<T>> }[] = [];
  let nextRow = first;
  let nth = 0;
  const fill = () => {
    while (asked.length < window && (end === null || nextRow < end)) {
      const page = read(nextRow, nth++);
      // Awaited in turn below; one left behind after the last page is not unhandled.
      page.catch(() => undefined);
      asked.push({ row: nextRow, page });
      nextRow += pageSize;
    }
  };
  for (;;) {
    fill();
    const head = asked.shift();
    if (!head) return;
    const page = await head.page;
    const last =
      page.last || page.rows.length === 0 || (end !== null && nextRow >= end && asked.length === 0);
    yield { ...page, last, row: head.row };
    if (last) return;
  }
}
