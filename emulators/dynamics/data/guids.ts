import { mix } from '../../framework/seeded-random';

/**
 * Row ids: GUIDs that encode the entity's type code and the row's position, so any id leads
 * straight back to its row and a million rows need no id table. The first group is a hash of
 * both, which makes the ids look as scattered as real ones.
 */

const guidPattern = /^([0-9a-f]{8})-([0-9a-f]{4})-11ef-8([0-9a-f]{3})-([0-9a-f]{12})$/;

function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, '0').slice(-width);
}

export function rowGuid(objectTypeCode: number, position: number): string {
  const high = Math.floor(position / 2 ** 32);
  const head = hex(mix(objectTypeCode, position, high), 8);
  const tail = high.toString(16).padStart(4, '0') + hex(position, 8);
  return `${head}-${hex(objectTypeCode, 4)}-11ef-8${hex(objectTypeCode >>> 16, 3)}-${tail}`;
}

/** The type code and position of a GUID this emulator issued, or null. */
export function parseRowGuid(text: string): { objectTypeCode: number; position: number } | null {
  const m = guidPattern.exec(text.toLowerCase());
  if (!m) return null;
  const objectTypeCode =
    Number.parseInt(m[3] as string, 16) * 65536 + Number.parseInt(m[2] as string, 16);
  const position = Number.parseInt(m[4] as string, 16);
  return rowGuid(objectTypeCode, position) === text.toLowerCase()
    ? { objectTypeCode, position }
    : null;
}

const anyGuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return anyGuid.test(text);
}
