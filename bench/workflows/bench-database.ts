import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Runs `work` on a database of its own on the server at `serverUrl`, dropped afterwards, so a
 * run starts empty and leaves nothing behind; without a server, on the embedded SQLite file.
 */
export async function withBenchDatabase<T>(
  serverUrl: string | null,
  work: (databaseUrl: string | null) => Promise<T>,
): Promise<T> {
  if (!serverUrl) return work(null);
  const name = `crm_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
