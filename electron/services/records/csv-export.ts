import { msg } from '../../../shared/i18n/message';
import { stringify } from 'csv-stringify';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { RecordQuery } from '../../../shared/domain/records';
import type { JobResult } from '../../../shared/events';
import type { RecordStore } from '../../storage/records/record-store';
import type { JobContext } from '../jobs/job-runner';
import type { Clock } from '../../core/clock';
import { asDiskError } from '../../core/disk-error';

const batchSize = 2000;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Writes the rows of a query to `exports/<table>-<time>.csv` in the data dir, streaming so that
 * any number of rows fits. The file appears only when complete; a cancelled export leaves none.
 */
export async function exportCsv(
  store: RecordStore,
  exportsDir: string,
  table: string,
  query: RecordQuery,
  context: JobContext,
  clock: Clock,
): Promise<JobResult> {
  const definition = await store.describeTable(table);
  const columns = query.columns ?? definition.columns.map((c) => c.name);
  const total = await store.count(table, query.filter);
  const name = `${table}-${stamp(new Date(clock.now()))}.csv`;
  const path = join(exportsDir, name);
  const partial = `${path}.partial`;
  let done = 0;
  try {
    await mkdir(exportsDir, { recursive: true });
    const csv = stringify({
      header: true,
      columns,
      cast: { boolean: (v) => (v ? 'true' : 'false') },
    });
    // One promise for both streams: a disk that refuses the file fails it, never the process.
    const written = pipeline(csv, createWriteStream(partial));
    written.catch(() => undefined);
    try {
      context.progress(0, total);
      for await (const batch of store.stream(table, { ...query, columns }, batchSize)) {
        context.signal.throwIfAborted();
        for (const row of batch)
          if (!csv.write(row)) await Promise.race([once(csv, 'drain'), written]);
        done += batch.length;
        context.progress(done, total);
      }
      csv.end();
      await written;
    } catch (error) {
      csv.destroy();
      throw error;
    }
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw asDiskError(error, exportsDir);
  }
  context.log('info', msg('messages:log.rowsExported', { done, name }));
  return { rows: done, exportFile: name, exportPath: path };
}
