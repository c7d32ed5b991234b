import type { RecordRow, TableDefinition } from './records';

/**
 * The columns every write stamps when a table has them as datetimes (Recipients: Created, Last
 * modified): set by the console from its clock, never typed in.
 */
export const createdColumn = 'created';
export const modifiedColumn = 'lastModified';

function hasStamp(table: TableDefinition, name: string): boolean {
  return table.columns.some((c) => c.name === name && c.type === 'datetime');
}

/** Whether a column is one of the stamps the console fills itself. */
export function isWriteStamp(table: TableDefinition, name: string): boolean {
  return (name === createdColumn || name === modifiedColumn) && hasStamp(table, name);
}

/** A new record: created and last modified now (`now` in ISO 8601). */
export function stampInsert(table: TableDefinition, row: RecordRow, now: string): RecordRow {
  return {
    ...row,
    ...(hasStamp(table, createdColumn) ? { [createdColumn]: now } : {}),
    ...(hasStamp(table, modifiedColumn) ? { [modifiedColumn]: now } : {}),
  };
}

/** A changed record: last modified now; its creation stays as it was. */
export function stampUpdate(table: TableDefinition, row: RecordRow, now: string): RecordRow {
  const keepsCreated = hasStamp(table, createdColumn);
  const stamped = Object.fromEntries(
    Object.entries(row).filter(([name]) => !(keepsCreated && name === createdColumn)),
  );
  return hasStamp(table, modifiedColumn) ? { ...stamped, [modifiedColumn]: now } : stamped;
}
