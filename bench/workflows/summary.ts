import type { LatencyName } from '../../emulators/framework/latency/profile';
import type { JournalFigures } from './journal-figures';
import type { PhaseFigures } from './sampling';
import type { RecordStoreEngine } from '../../electron/storage/records/record-store';

/** The floors under which a figure is called out and looked into. */
const targets = { importRowsPerSecond: 2000, updateRowsPerSecond: 5000 };

export interface WorkflowsFigures {
  /** Other work on the machine skews every figure: the load when the bench started and ended. */
  machine: { cpus: number; loadAverageAtStart: number; loadAverageAtEnd: number };
  engine: RecordStoreEngine;
  /** The emulator's latency profile (`npm run emulators -- --latency`). */
  latency: LatencyName;
  contacts: number;
  recipients: number;
  import: PhaseFigures & { rows: number; rowsPerSecond: number };
  deduplication: PhaseFigures & { rowsIn: number; rowsKept: number; rowsPerSecond: number };
  updateInsert: PhaseFigures & { rows: number; rowsPerSecond: number };
  updateAgain: PhaseFigures & { rows: number; rowsPerSecond: number };
  export: PhaseFigures & {
    rows: number;
    rowsPerSecond: number;
    writeCalls: number;
    secondsInCrmCalls: number;
    loginSeconds: number;
    /** The rest of the export's wall time, per batch: reading the input, journal, outcome tables. */
    consoleMsPerBatch: number;
    /** The journal's flushed appends as a part of the export's wall time. */
    journalShare: number;
    journal: JournalFigures;
  };
}

export function printSummary(f: WorkflowsFigures): void {
  const n = (value: number) => value.toLocaleString('en');
  const memory = (p: PhaseFigures) =>
    `peak RSS ${p.peakRssMb} MB, heap ${p.peakHeapUsedMb} MB, worst event-loop delay ${p.worstEventLoopDelayMs} ms (p99 ${p.p99EventLoopDelayMs} ms; with the thread busy ${p.worstBusyEventLoopDelayMs} ms)`;
  const flag = (value: number, floor: number) => (value < floor ? ` — BELOW ${n(floor)}/s` : '');
  console.log(
    `\nWorkflows, with the real activity modules, jsforce and the HTTPS emulator (latency ${f.latency}), on ${f.engine === 'postgresql' ? 'PostgreSQL' : 'SQLite'}:`,
  );
  const { cpus, loadAverageAtStart, loadAverageAtEnd } = f.machine;
  console.log(
    `  (${cpus} CPUs; load average ${loadAverageAtStart} at the start, ${loadAverageAtEnd} at the end)`,
  );
  console.log(
    `  import from CRM      ${n(f.import.rows)} contacts in ${f.import.seconds} s: ${n(f.import.rowsPerSecond)} rows/s${flag(f.import.rowsPerSecond, targets.importRowsPerSecond)}`,
  );
  console.log(`                       ${memory(f.import)}`);
  console.log(
    `  deduplication        ${n(f.deduplication.rowsIn)} → ${n(f.deduplication.rowsKept)} rows in ${f.deduplication.seconds} s: ${n(f.deduplication.rowsPerSecond)} rows/s`,
  );
  console.log(
    `  update data, inserts ${n(f.updateInsert.rows)} rows in ${f.updateInsert.seconds} s: ${n(f.updateInsert.rowsPerSecond)} rows/s${flag(f.updateInsert.rowsPerSecond, targets.updateRowsPerSecond)}`,
  );
  console.log(
    `  update data, updates ${n(f.updateAgain.rows)} rows in ${f.updateAgain.seconds} s: ${n(f.updateAgain.rowsPerSecond)} rows/s${flag(f.updateAgain.rowsPerSecond, targets.updateRowsPerSecond)}`,
  );
  const e = f.export;
  console.log(
    `  export to CRM        ${n(e.rows)} contacts inserted in ${e.seconds} s: ${n(e.rowsPerSecond)} rows/s; ${e.writeCalls} write calls, ${e.secondsInCrmCalls} s inside them, ${e.loginSeconds} s to log in`,
  );
  console.log(
    `                       the rest ${e.consoleMsPerBatch} ms per batch of which journal ${e.journal.journalMsPerBatch} ms (${e.journal.appendAndSyncMsPerEntry} ms per flushed entry): ${Math.round(e.journalShare * 100)} % of the export`,
  );
  console.log(
    `                       journal ${n(e.journal.bytes)} bytes (${e.journal.bytesPerRecord} per record, ${e.journal.entries} entries); reopened in ${e.journal.reopenMs} ms`,
  );
}
