import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExportJournal } from '../../electron/services/workflows/activities/crm-connector/export-journal';
import { round } from './sampling';

export interface JournalFigures {
  bytes: number;
  bytesPerRecord: number;
  entries: number;
  batches: number;
  /** Appending an entry and flushing it to disk, replayed alone on the same disk (median of 3). */
  appendAndSyncMsPerEntry: number;
  journalMsPerBatch: number;
  /** Reading and checking the whole journal, as a resumed export does first. */
  reopenMs: number;
}

/**
 * The journal of the export just run, measured apart: its size, then its entries appended again
 * to a fresh file (each append flushed, as the export does), then the finished journal reopened.
 */
export async function journalFigures(workDir: string, records: number): Promise<JournalFigures> {
  const [name] = (await readdir(workDir)).filter((f) => f.endsWith('.jsonl'));
  if (!name) throw new Error(`The export left no journal in ${workDir}.`);
  const file = join(workDir, name);
  const { size } = await stat(file);
  let start = performance.now();
  const journal = await ExportJournal.open(file);
  const reopenMs = performance.now() - start;
  await journal.close();
  // Disk flushes vary from one moment to the next: the median of three replays.
  const replays: number[] = [];
  for (const attempt of [1, 2, 3]) {
    const replay = await ExportJournal.open(join(workDir, `replay${attempt}-${name}`));
    start = performance.now();
    for (const entry of journal.entries) await replay.append(entry);
    replays.push(performance.now() - start);
    await replay.close();
  }
  const appendMs = replays.sort((a, b) => a - b)[1] as number;
  const batches = journal.entries.filter((e) => e.kind === 'sending').length;
  return {
    bytes: size,
    bytesPerRecord: Math.round(size / records),
    entries: journal.entries.length,
    batches,
    appendAndSyncMsPerEntry: round(appendMs / journal.entries.length),
    journalMsPerBatch: round(appendMs / batches),
    reopenMs: round(reopenMs),
  };
}
