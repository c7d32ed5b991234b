import type {
  PageAnchor,
  PageRequest,
  RecordQuery,
  TableDefinition,
} from '../../../../shared/domain/records';
import { quoteIdentifier as q } from './dialect';
import type { SqlExecutor } from './sql-executor';
import { orderBy, orderKeys, whereClause } from './statements';

/** A bookmark every this many rows: a jump skips at most this many rows on the server. */
export const bookmarkEvery = 10_000;
/** Queries whose bookmarks are kept; the least recently used go first. */
const maxQueries = 20;

/**
 * Where a deep page starts without counting every row before it: for a query (table, filter,
 * sort), the order values of every 10,000th row, read in one pass on the server. A page far
 * from any row its reader has is then read from the nearest bookmark before it (keyset
 * paging). A write to the table forgets its bookmarks; they are read again when next needed.
 */
export class PageBookmarks {
  private readonly byQuery = new Map<string, Promise<PageAnchor[]>>();

  constructor(private readonly db: SqlExecutor) {}

  /** The anchor to read `request` from: the reader's own, or a nearer bookmark. */
  async nearest(table: TableDefinition, request: PageRequest): Promise<PageAnchor | undefined> {
    const given = request.after && request.after.row < request.offset ? request.after : undefined;
    if (request.offset - (given?.row ?? -1) <= bookmarkEvery || (request.sort?.length ?? 0) > 1)
      return given;
    let best = given;
    for (const anchor of await this.of(table, request))
      if (anchor.row < request.offset && anchor.row > (best?.row ?? -1)) best = anchor;
    return best;
  }

  /** Reads a query's bookmarks ahead of the jump that will want them. */
  prepare(table: TableDefinition, query: RecordQuery): void {
    if ((query.sort?.length ?? 0) <= 1) this.of(table, query).catch(() => undefined);
  }

  forgetAll(): void {
    this.byQuery.clear();
  }

  /** Called after a write to `table`, once it is visible to the next read. */
  forget(table: string): void {
    for (const id of this.byQuery.keys())
      if (id.startsWith(`${JSON.stringify(table)}:`)) this.byQuery.delete(id);
  }

  private of(table: TableDefinition, query: RecordQuery): Promise<PageAnchor[]> {
    const id = `${JSON.stringify(table.name)}:${JSON.stringify([query.filter ?? null, query.sort ?? null])}`;
    let found = this.byQuery.get(id);
    if (found) this.byQuery.delete(id);
    else {
      found = this.read(table, query);
      // A failed read is not kept: the next jump tries again.
      found.catch(() => this.byQuery.get(id) === found && this.byQuery.delete(id));
    }
    this.byQuery.set(id, found);
    for (const old of this.byQuery.keys()) {
      if (this.byQuery.size <= maxQueries) break;
      this.byQuery.delete(old);
    }
    return found;
  }

  private async read(table: TableDefinition, query: RecordQuery): Promise<PageAnchor[]> {
    const columns = orderKeys(table, query.sort).map((k) => k.column);
    const list = columns.map(q).join(', ');
    const params: Parameters<typeof whereClause>[3] = [];
    const where = whereClause(this.db.dialect, table, query.filter, params);
    const sql = `SELECT ${list}, console_row FROM (SELECT ${list}, ROW_NUMBER() OVER (${orderBy(table, query.sort).trim()}) AS console_row FROM ${q(table.name)}${where}) numbered WHERE console_row % ${bookmarkEvery} = 0 ORDER BY console_row`;
    const defs = columns.map((name) => table.columns.find((c) => c.name === name));
    const known = defs.filter((c): c is NonNullable<typeof c> => c !== undefined);
    return (await this.db.all(sql, params)).map((raw) => ({
      row: Number(raw.console_row) - 1,
      values: this.db.decode(known, raw),
    }));
  }
}
