import type { RecordRow } from '../../../../../shared/domain/records';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import type { JournaledWrites, PendingRecord } from './journaled-writes';
import { noAnswer, Outcomes } from './outcomes';
import { inputRows, keyText, type InputShape } from './population';

/**
 * Sends the inbound rows to the CRM through the journal, in key order, and routes each row's
 * answer to OK or Reject. The batches an interrupted attempt left in doubt are settled first;
 * `onRecovered` hears how many records they held. Pages are read and handed to the journal
 * while earlier ones are still out (as many as keep its batches in flight busy, plus one), and
 * their answers are routed in input order, so progress counts rows answered. The journal is
 * closed in every case, once no batch is out.
 */
export async function writeInputRows(
  context: ActivityContext<'crmConnector'>,
  shape: InputShape,
  writes: JournaledWrites,
  options: {
    /** OK gets the CRM id of each record as a column. */
    withId: boolean;
    /** Reject gets the CRM's log file of each error as a column. */
    rejectLogFile: boolean;
    /** What the CRM is sent for one input row. */
    valuesOf(row: RecordRow): RecordRow;
    /** Input rows read and written at a time (default 1,000; a bulk job's size for bulk). */
    pageSize?: number;
    onRecovered?(settled: number): void;
  },
): Promise<ActivityOutcome> {
  const { signal } = context;
  const pageSize = options.pageSize ?? 1000;
  const pagesOut = writes.pagesToKeepBusy(pageSize) + 1;
  const outcomes = await Outcomes.open(context, shape, {
    withId: options.withId,
    logFile: options.rejectLogFile,
  });
  const out: { rows: RecordRow[]; pending: PendingRecord[]; written: Promise<void> }[] = [];
  let done = 0;
  const routeOldest = async () => {
    const page = out[0];
    if (!page) return;
    await page.written;
    out.shift();
    await outcomes.add(
      page.rows,
      page.pending.map((p) => writes.resultOf(p.key) ?? noAnswer),
    );
    done += page.rows.length;
    context.progress(done, shape.population.count);
  };
  try {
    const recovered = await writes.recover(signal);
    if (recovered) options.onRecovered?.(recovered);
    for await (const rows of inputRows(context, shape, pageSize)) {
      const pending: PendingRecord[] = rows.map((row) => ({
        key: keyText(row, shape.key),
        values: options.valuesOf(row),
      }));
      const written = writes.write(pending, signal);
      // Awaited in order below; a later page failing first must not go unhandled meanwhile.
      written.catch(() => undefined);
      out.push({ rows, pending, written });
      if (out.length >= pagesOut) await routeOldest();
    }
    while (out.length) await routeOldest();
    return await outcomes.finish();
  } catch (error) {
    await Promise.allSettled(out.map((page) => page.written));
    await outcomes.abandon();
    throw error;
  } finally {
    await writes.close();
  }
}
