/** A query locator, `<cursor id>-<offset>`: Salesforce's, and the emulator's. */
const offsetLocator = /^(.*-)(\d+)$/;

interface Located {
  prefix: string;
  offset: number;
}

function located(locator: string): Located | null {
  const m = offsetLocator.exec(locator);
  return m ? { prefix: m[1] ?? '', offset: Number(m[2]) } : null;
}

/**
 * Reads a query's next pages ahead, several at once. A locator names its page by the offset of
 * its first record, so the pages after it are named in advance: `…-2000`, `…-4000`, … Each page
 * still comes out in order, and only the page the caller asks for is trusted: when a page's own
 * next locator is not the one predicted (the org paged by another size), the pages read ahead
 * are dropped and reading goes on from the locator the page gave. The last page is never read
 * ahead, as the cursor may close once it has been served.
 */
export class PagesAhead<P> {
  private queue: { locator: string; page: Promise<P> }[] = [];

  constructor(
    private readonly read: (locator: string) => Promise<P>,
    /** Pages asked for beyond the one being read. */
    private readonly depth: number,
  ) {}

  /**
   * The page at `locator`; `after` is the locator of the page just read (null: the query's first
   * page, at offset 0), `total` the query's size.
   */
  take(locator: string, after: string | null, total: number | undefined): Promise<P> {
    if (this.queue[0]?.locator !== locator) this.queue = [];
    if (this.queue.length === 0) this.queue.push(this.request(locator));
    const here = located(locator);
    const before = after === null ? { prefix: here?.prefix, offset: 0 } : located(after);
    const step = here && before?.prefix === here.prefix ? here.offset - before.offset : 0;
    if (here && step > 0 && total !== undefined)
      for (let ahead = this.queue.length; ahead <= this.depth; ahead++) {
        const offset = here.offset + ahead * step;
        if (offset + step >= total) break;
        this.queue.push(this.request(`${here.prefix}${offset}`));
      }
    return (this.queue.shift() as { page: Promise<P> }).page;
  }

  private request(locator: string): { locator: string; page: Promise<P> } {
    const page = this.read(locator);
    // A page read ahead may never be asked for (the caller stopped, or the prediction failed).
    page.catch(() => undefined);
    return { locator, page };
  }
}
