import type { ColumnDefinition, TableDefinition } from '../../../../shared/domain/records';

export interface TablePlan {
  add: ColumnDefinition[];
  /** Columns the new definition no longer has. */
  removed: ColumnDefinition[];
  /** Columns whose type changes in a way existing values may not survive. */
  retyped: { from: ColumnDefinition; to: ColumnDefinition }[];
  /** Columns whose type widens safely (longer string, string → memo, wider integer). */
  widened: ColumnDefinition[];
  keyChanged: boolean;
  newUniqueKeys: string[][];
}

const integerWidth = { byte: 1, short: 2, long: 4, int64: 8 } as const;

function widens(from: ColumnDefinition, to: ColumnDefinition): boolean {
  if (from.type === 'string' && to.type === 'string')
    return (to.length ?? 255) >= (from.length ?? 255);
  if (from.type === 'string' && to.type === 'memo') return true;
  if (from.type in integerWidth && to.type in integerWidth)
    return (
      integerWidth[to.type as keyof typeof integerWidth] >=
      integerWidth[from.type as keyof typeof integerWidth]
    );
  return false;
}

const sameKey = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/** What must change to turn an existing table into the new definition. */
export function planTableChange(existing: TableDefinition, next: TableDefinition): TablePlan {
  const before = new Map(existing.columns.map((c) => [c.name, c]));
  const after = new Map(next.columns.map((c) => [c.name, c]));
  const plan: TablePlan = {
    add: next.columns.filter((c) => !before.has(c.name)),
    removed: existing.columns.filter((c) => !after.has(c.name)),
    retyped: [],
    widened: [],
    keyChanged: !sameKey(existing.key, next.key),
    newUniqueKeys: next.uniqueKeys.filter((k) => !existing.uniqueKeys.some((e) => sameKey(e, k))),
  };
  for (const to of next.columns) {
    const from = before.get(to.name);
    if (!from || (from.type === to.type && from.length === to.length)) continue;
    if (widens(from, to)) plan.widened.push(to);
    else plan.retyped.push({ from, to });
  }
  return plan;
}
