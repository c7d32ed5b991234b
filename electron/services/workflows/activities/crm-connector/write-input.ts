import type { RecordRow } from '../../../../../shared/domain/records';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import type { JournaledWrites, PendingRecord } from './journaled-writes';
import { noAnswer, Outcomes } from './outcomes';
import { inputRows, keyText, type InputShape } from './population';

/**
 * Sends the inbound rows to the CRM through the journal, in key order, and routes each row's
 * answer to OK or Reject. The batches an interrupted attempt left in doubt are settled first;
 * `onRecovered` hears how many records they held. The journal is closed in every case.
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
  const outcomes = await Outcomes.open(context, shape, {
    withId: options.withId,
    logFile: options.rejectLogFile,
  });
  try {
    const recovered = await writes.recover(signal);
    if (recovered) options.onRecovered?.(recovered);
    let done = 0;
    for await (const rows of inputRows(context, shape, options.pageSize ?? 1000)) {
      const pending: PendingRecord[] = rows.map((row) => ({
        key: keyText(row, shape.key),
        values: options.valuesOf(row),
      }));
      await writes.write(pending, signal);
      await outcomes.add(
        rows,
        pending.map((p) => writes.resultOf(p.key) ?? noAnswer),
      );
      done += rows.length;
      context.progress(done, shape.population.count);
    }
    return await outcomes.finish();
  } catch (error) {
    await outcomes.abandon();
    throw error;
  } finally {
    await writes.close();
  }
}
