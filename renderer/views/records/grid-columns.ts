import type { ColumnDefinition } from '../../../shared/domain/records';

/** What a value of each type needs, in pixels, before the label is considered. */
const typeWidths: Record<ColumnDefinition['type'], number> = {
  string: 150,
  memo: 240,
  boolean: 80,
  byte: 80,
  short: 90,
  long: 110,
  int64: 110,
  double: 120,
  date: 120,
  datetime: 200,
  datetimenotz: 200,
  time: 100,
  uuid: 290,
};

/** Declared lengths say little about typical values: a few steps are enough. */
function stringWidth(length: number): number {
  if (length <= 20) return 120;
  if (length <= 40) return 150;
  if (length <= 80) return 180;
  return 240;
}

/** A first width for a column: room for its values, and for its label up to a point. */
export function defaultColumnWidth(column: ColumnDefinition): number {
  const forValues =
    column.type === 'string' ? stringWidth(column.length ?? 255) : typeWidths[column.type];
  const forLabel = Math.min(column.label.length * 7 + 40, 200);
  return Math.max(column.enumeration ? 110 : forValues, forLabel);
}
