import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadThroughStore, openRecordStore, withTempDir } from './records-bench';
const rows = Number(process.argv[2] ?? '300000');
const url = process.argv[3];
const stalls: string[] = [];
let last = performance.now();
let lastCpu = process.cpuUsage();
const timer = setInterval(() => {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  const gap = now - last;
  if (gap > 60)
    stalls.push(
      `${gap.toFixed(0)}ms gap, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)}ms at ${(now / 1000).toFixed(1)}s`,
    );
  last = now;
  lastCpu = process.cpuUsage();
}, 5);
await withTempDir(async (dir) => {
  const store = await openRecordStore({
    dataDir: dir,
    ...(url ? { databaseUrl: url } : {}),
    sqliteWorker: { file: join('dist', 'sqlite-worker.cjs') },
  });
  await store.dropTable('BenchContact').catch(() => undefined);
  console.log(await loadThroughStore(store, rows, 5000));
  await store.dropTable('BenchContact');
  await store.close();
});
clearInterval(timer);
console.log(stalls.join('\n'));
