import type { RecordRow } from '../../../../../../shared/domain/records';
import type { CrmPage } from '../../../../../connectors/connector';

/** Rows for one call to the record store, and the cursor they complete. */
export interface StoreBatch {
  rows: RecordRow[];
  /**
   * Set when the batch ends a page: the cursor after it (null after the last page), to
   * checkpoint once the batch is committed. Unset for the first parts of a page split in two:
   * a resumed import reads that page again, and its rows are upserted by id.
   */
  next?: string | null;
}

/** The iterator's next page, or the signal's reason as soon as it is aborted. */
function nextOrStopped<T>(
  iterator: AsyncIterator<T>,
  signal: AbortSignal,
): Promise<IteratorResult<T>> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const stopped = () => reject(signal.reason);
    signal.addEventListener('abort', stopped, { once: true });
    iterator
      .next()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', stopped));
  });
}

/**
 * A query's pages as record-store batches of at most `maxRows` rows: small pages gathered
 * (a CRM paging by 100 still costs one store call per `maxRows`), a large one split (one
 * transfer to the store's worker stays short). Each batch's rows are converted just before it
 * is handed over, so no piece of work on the thread covers more than `maxRows` rows. Stopped
 * (`signal`) or failed, the rows gathered so far are handed over before the error: an
 * interrupted import keeps the pages it read.
 */
export async function* storeBatches(
  pages: AsyncIterable<CrmPage>,
  convert: (rows: RecordRow[]) => void,
  maxRows: number,
  signal: AbortSignal,
): AsyncGenerator<StoreBatch> {
  let rows: RecordRow[] = [];
  let next: string | null | undefined;
  const take = (): StoreBatch => {
    convert(rows);
    const batch: StoreBatch = next === undefined ? { rows } : { rows, next };
    rows = [];
    next = undefined;
    return batch;
  };
  const iterator = pages[Symbol.asyncIterator]();
  try {
    for (;;) {
      const step = await nextOrStopped(iterator, signal);
      if (step.done) break;
      const page = step.value;
      let at = 0;
      while (page.rows.length - at > maxRows - rows.length) {
        const room = maxRows - rows.length;
        rows.push(...page.rows.slice(at, at + room));
        at += room;
        yield take();
      }
      // A page that fits whole is taken as it is, not copied.
      if (rows.length === 0 && at === 0) rows = page.rows;
      else rows.push(...page.rows.slice(at));
      next = page.next;
      if (rows.length >= maxRows || page.next === null) yield take();
    }
  } catch (error) {
    // What was read before the connector failed or the import was stopped is stored and
    // checkpointed first: a resumed import goes on from there.
    if (rows.length > 0 || next !== undefined) yield take();
    throw error;
  } finally {
    // Not awaited: a page still on its way settles on the same signal.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
  if (rows.length > 0 || next !== undefined) yield take();
}
