import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recipientsTable, recipientsTableName } from '../../shared/domain/recipients';
import { demoRecipients } from '../services/records/demo-recipients';
import { openRecordStore } from '../storage/records/open-record-store';
import { RecordStoreError } from '../storage/records/record-store';
import { defaultDataDir } from '../core/default-data-dir';

const usage = `Usage: npm run seed -- --count N [--first-id N] [--data-dir DIR] [--database-url URL]

Fills Recipients with N deterministic synthetic profiles (ids first-id … first-id+N-1; running
it again rewrites the same rows).`;

/** `npm run seed`: demo and benchmark data for the Recipients table. Bundled to dist/. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      'first-id': { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  const count = Number(values.count);
  const firstId = Number(values['first-id']);
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(firstId) || firstId < 1) {
    console.error(usage);
    process.exit(2);
  }
  const store = await openRecordStore({
    dataDir: values['data-dir'] ?? process.env.CRM_CONSOLE_DATA_DIR ?? defaultDataDir(process.env),
    databaseUrl: values['database-url'] ?? process.env.CRM_CONSOLE_DATABASE_URL ?? null,
    sqliteWorker: { file: join(__dirname, 'sqlite-worker.cjs') },
  });
  try {
    await store.ensureTable(recipientsTable);
    const batch = 5000;
    for (let done = 0; done < count; done += batch) {
      const size = Math.min(batch, count - done);
      await store.upsert(recipientsTableName, demoRecipients(firstId + done, size));
      process.stdout.write(`\rRecipients: ${done + size} / ${count}`);
    }
    process.stdout.write('\n');
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof RecordStoreError ? error.message : error);
  process.exit(1);
});
