import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rightHandLimits } from '../electron/services/crm-filter/right-hand-evaluator';
import { SandboxPool } from '../electron/services/sandbox/sandbox-pool';

/** The vars a filter sees after an automatic index opened its window. */
const vars = {
  crmOptionName: 'LASTIMPORT_acme_crm1',
  crmStartImport: new Date('2026-01-15T08:30:00Z'),
  crmEndDate: new Date('2026-01-16T08:30:00Z'),
};

const round = (n: number) => Math.round(n * 1000) / 1000;

async function latencies(times: number, call: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await call();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0);
  return { calls: times, medianMs: at(0.5), p95Ms: at(0.95) };
}

/**
 * `npm run bench -- sandbox`: what running administrator-written code costs, on the built
 * worker (dist/sandbox-worker.cjs): the first call (thread and engine start), a trivial
 * right-hand value warm, a filter's 20 values in one call, and a trivial script.
 */
export async function runSandboxBench(): Promise<number> {
  const pool = new SandboxPool({ file: join(process.cwd(), 'dist', 'sandbox-worker.cjs') });
  try {
    const coldStart = performance.now();
    await pool.evaluate(['vars.crmStartImport'], vars, rightHandLimits);
    const firstCallMs = round(performance.now() - coldStart);
    await latencies(200, () => pool.evaluate(['1'], vars, rightHandLimits));
    const trivialValue = await latencies(1000, () => pool.evaluate(['1'], vars, rightHandLimits));
    const twenty = Array.from({ length: 20 }, (_, i) => `vars.crmStartImport.getTime() + ${i}`);
    const filterOf20 = await latencies(200, () => pool.evaluate(twenty, vars, rightHandLimits));
    const trivialScript = await latencies(500, () =>
      pool.runScript({
        script: 'vars.n = 1;',
        vars,
        instanceName: 'acme',
        timeoutMs: 1000,
        log: () => undefined,
      }),
    );
    const results = { firstCallMs, trivialValue, filterOf20, trivialScript };
    console.log(JSON.stringify(results, null, 2));
    const file = join('bench', 'results', 'sandbox.json');
    await mkdir(join('bench', 'results'), { recursive: true });
    await writeFile(
      file,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`,
    );
    console.log(`Written to ${file}.`);
    return 0;
  } finally {
    await pool.close();
  }
}
