import type { LatencyName } from '../../emulators/framework/latency/profile';
import type { CaseResult, Contestant } from './case-result';

/** What the command line gives every case. */
export interface SuiteOptions {
  /** `--database-url`: the cases on the record store also measure PostgreSQL. */
  databaseUrl: string | null;
}

/** One case of the suite: its contestants, run in one go, and how its target is judged. */
export interface SuiteCase {
  name: string;
  title: string;
  latency: LatencyName;
  /** The row count; `--scale` multiplies it. */
  defaultRows: number;
  /** Each contestant `rounds` times, alternating, its fastest run kept. */
  run(dir: string, rows: number, rounds: number, options: SuiteOptions): Promise<Contestant[]>;
  target(result: Omit<CaseResult, 'target'>): CaseResult['target'];
}
