import type { RecordWriter } from '../../storage/records/record-store';

/**
 * The largest key in the table, read inside the writer's transaction: a resumed execution, or
 * rows another writer added meanwhile, never make an id be given twice.
 */
export async function maxKey(tx: RecordWriter, table: string, column: string): Promise<number> {
  const [row] = await tx.readPage({
    table,
    columns: [column],
    sort: [{ column, descending: true }],
    offset: 0,
    limit: 1,
  });
  const max = row?.[column];
  return typeof max === 'number' && max > 0 ? max : 0;
}
