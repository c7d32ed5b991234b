import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeThrown } from '../../electron/core/describe-thrown';
import { ConfigStore } from '../../electron/storage/config/config-store';
import type { CrashTrial } from '../matrix/results';
import { startChild } from './child-runner';
import { configKillPoint, trialSeed } from './kill-plan';
import { counterOption } from './protocol';

/**
 * The config store's row: a child updates `config.json` in a loop and is killed at a seeded
 * point; the file must then open and validate, holding every update the child was told was
 * done (and at most the one in flight).
 */
export async function runConfigStoreRow(
  row: number,
  settings: { trials: number; runSeed: number; childFile: string },
  onTrial: (trial: CrashTrial) => void,
): Promise<CrashTrial[]> {
  const trials: CrashTrial[] = [];
  for (let trial = 0; trial < settings.trials; trial++) {
    const startedAt = performance.now();
    const seed = trialSeed(settings.runSeed, row, trial);
    const point = configKillPoint(seed);
    const dir = await mkdtemp(join(tmpdir(), 'crm-crash-config-'));
    const configFile = join(dir, 'config.json');
    try {
      const child = startChild(
        settings.childFile,
        { mode: 'configStore', configFile, updates: 1000 },
        (message) => {
          if (message.kind !== 'ack' || message.n !== point.afterAcks) return;
          setTimeout(() => child.process.kill('SIGKILL'), point.delayMs);
        },
      );
      const exit = await child.exited;
      const acked = Math.max(0, ...exit.messages.map((m) => (m.kind === 'ack' ? m.n : 0)));
      let configValid = true;
      let held = -1;
      let details: string;
      try {
        const store = await ConfigStore.open(configFile);
        held = Number(store.data.options.find((o) => o.name === counterOption)?.value ?? 0);
        details = `update ${held} on disk, ${acked} acknowledged`;
      } catch (error) {
        configValid = false;
        details = describeThrown(error);
      }
      const result: CrashTrial = {
        crm: '—',
        engine: 'none',
        operation: 'configStore',
        trial,
        seed,
        killAt: `after update ${point.afterAcks} + ${point.delayMs} ms`,
        killed: exit.signal === 'SIGKILL',
        resumes: 0,
        completed: configValid,
        error: null,
        endStateRight: configValid ? held === acked || held === acked + 1 : null,
        nothingLost: configValid ? held >= acked : null,
        nothingDuplicated: null,
        indexNeverAhead: null,
        configValid,
        details,
        seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      };
      trials.push(result);
      onTrial(result);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return trials;
}
