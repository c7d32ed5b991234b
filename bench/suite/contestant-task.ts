import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { z } from 'zod';
import { round, type Contestant } from './case-result';

const round2 = (n: number) => round(n, 2);

const loginSchema = z.object({
  loginUrl: z.string(),
  username: z.string(),
  password: z.string(),
  clientId: z.string(),
  clientSecret: z.string(),
  apiVersion: z.string(),
});
export const taskSchema = z.object({
  kind: z.enum([
    'sf-pager',
    'sf-autofetch',
    'sf-raw',
    'sf-console-import',
    'sf-console-bulk-import',
    'sf-console-incremental',
    'sf-collections-export',
    'sf-console-export',
    'sf-console-bulk-export',
    'dyn-pager',
    'dyn-console-import',
    'dyn-single-export',
    'dyn-console-export',
    'ora-console-import',
  ]),
  login: loginSchema,
  dynamics: z.object({
    serverUrl: z.string(),
    authority: z.string(),
    clientId: z.string(),
    username: z.string(),
    password: z.string(),
  }),
  oracle: z.object({
    serverUrl: z.string(),
    username: z.string(),
    password: z.string(),
    timeZone: z.string(),
  }),
  caFile: z.string(),
  dir: z.string(),
  count: z.number().int().nonnegative(),
});
export type ContestantTask = z.infer<typeof taskSchema>;

const contestantAnswerSchema = z.object({
  records: z.number().int().nonnegative(),
  figures: z.object({
    seconds: z.number(),
    peakRssMb: z.number(),
    peakHeapUsedMb: z.number(),
    worstEventLoopDelayMs: z.number(),
    p99EventLoopDelayMs: z.number(),
    cpuSeconds: z.number(),
  }),
  /** Oracle: the Web Services sessions the console's import used. */
  sessions: z.number().int().nonnegative().optional(),
});

/**
 * Runs one contestant in its own process (bench/suite/contestant-process.ts) and turns its
 * answer into the case's row.
 */
export async function runContestant(
  task: ContestantTask,
  name: string,
  role: Contestant['role'],
): Promise<Contestant> {
  console.log(`  ${name}…`);
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const child = spawn(
    process.execPath,
    [
      // BENCH_PROFILE_DIR: each contestant writes its CPU profile there (bench/README.md).
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      '--import',
      'tsx',
      join('bench', 'suite', 'contestant-process.ts'),
      JSON.stringify(task),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`The contestant '${name}' failed (exit code ${String(code)}).`);
  const last = out.trim().split('\n').at(-1) ?? '';
  const answer = contestantAnswerSchema.parse(JSON.parse(last));
  const { seconds, peakRssMb, worstEventLoopDelayMs, cpuSeconds } = answer.figures;
  return {
    name,
    role,
    records: answer.records,
    seconds: round(seconds, 3),
    recordsPerSecond: seconds > 0 ? Math.round(answer.records / seconds) : 0,
    peakRssMb,
    worstEventLoopDelayMs,
    cpuSeconds,
    ...(answer.sessions === undefined ? {} : { sessions: answer.sessions }),
  };
}

export interface Entry {
  task: ContestantTask;
  name: string;
  role: Contestant['role'];
}

/**
 * Runs the entries in turn, `rounds` times over, and keeps each one's fastest run: on a shared
 * machine the load changes from one minute to the next, and alternating the contestants lets
 * each of them meet the quiet moments as well as the busy ones.
 */
export async function bestOfRounds(
  entries: readonly Entry[],
  rounds: number,
  emulatorCpu: () => number | null = () => null,
): Promise<Contestant[]> {
  const best = new Map<string, Contestant>();
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`  round ${round} of ${rounds}`);
    for (const { task, name, role } of entries) {
      // A folder per run: the pager's file and the console's store start empty each time.
      const cpuBefore = emulatorCpu();
      const contestant = await runContestant(
        { ...task, dir: join(task.dir, `round${round}`) },
        name,
        role,
      );
      const cpuAfter = emulatorCpu();
      const run =
        cpuBefore === null || cpuAfter === null
          ? contestant
          : { ...contestant, emulatorCpuSeconds: round2(cpuAfter - cpuBefore) };
      const kept = best.get(name);
      if (!kept || run.seconds < kept.seconds) best.set(name, run);
    }
  }
  return entries.map((e) => best.get(e.name) as Contestant);
}
