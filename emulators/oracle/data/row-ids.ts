/**
 * Row ids in Oracle CRM On Demand's shape (`AYCA-2C0X9F`): the object's prefix and the
 * record's position in base 36, so an id leads straight back to its record and ids sort in
 * creation order.
 */

const width = 6;

export function rowId(prefix: string, position: number): string {
  return `${prefix}-${position.toString(36).toUpperCase().padStart(width, '0')}`;
}

/** The position an id of this prefix names, or null when it is not one. */
export function parseRowId(prefix: string, id: string): number | null {
  const m = /^([A-Z0-9]+)-([0-9A-Z]{6,})$/i.exec(id.trim());
  if (!m || (m[1] as string).toUpperCase() !== prefix) return null;
  const position = Number.parseInt(m[2] as string, 36);
  return Number.isSafeInteger(position) ? position : null;
}
