/**
 * Salesforce record ids: a 3-character key prefix naming the object, a 2-character pod, a
 * reserved '0', a 9-character base-62 number, and the 3-character suffix that makes the
 * 18-character form case-insensitive. Our numbers grow with the record's position, so the
 * ids sort in creation order, as the real ones roughly do.
 */

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const pod = 'Kc';
/** Keeps the numbers from looking like 000000001. */
const numberOffset = 1_000_000_000;
const maxNumber = 62 ** 9 - 1;

export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charCodeAt(chunk * 5 + i);
      if (char >= 65 && char <= 90) flags |= 1 << i;
    }
    suffix += suffixAlphabet[flags];
  }
  return suffix;
}

function encodeNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value > maxNumber)
    throw new RangeError(`Record number out of range: ${value}`);
  let text = '';
  let rest = value;
  do {
    text = base62[rest % 62] + text;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return text.padStart(9, '0');
}

function decodeNumber(text: string): number {
  let value = 0;
  for (const char of text) value = value * 62 + base62.indexOf(char);
  return value;
}

/** The 18-character id of record number `position` (0-based) of the object with this prefix. */
export function recordId(keyPrefix: string, position: number): string {
  const id15 = `${keyPrefix}${pod}0${encodeNumber(position + numberOffset)}`;
  return id15 + caseSafeSuffix(id15);
}

/**
 * The canonical 18-character form of a 15- or 18-character id, or null when the text is not
 * an id. An 18-character id is accepted in any letter case, as Salesforce does.
 */
export function normalizeId(text: string): string | null {
  if (!/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(text)) return null;
  if (text.length === 15) return text + caseSafeSuffix(text);
  const suffix = text.slice(15).toUpperCase();
  let id15 = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const flags = suffixAlphabet.indexOf(suffix[chunk] as string);
    if (flags < 0) return null;
    for (let i = 0; i < 5; i++) {
      const char = text[chunk * 5 + i] as string;
      id15 += flags & (1 << i) ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return id15 + suffix;
}

/** Prefix and record position of an id this emulator issued, or null. */
export function parseRecordId(text: string): { keyPrefix: string; position: number } | null {
  const id = normalizeId(text);
  if (!id || id.slice(3, 6) !== `${pod}0`) return null;
  const position = decodeNumber(id.slice(6, 15)) - numberOffset;
  return position >= 0 ? { keyPrefix: id.slice(0, 3), position } : null;
}

/** Ids compare by their first 15 characters, case-sensitively. */
export function compareIds(a: string, b: string): number {
  const left = a.slice(0, 15);
  const right = b.slice(0, 15);
  return left < right ? -1 : left > right ? 1 : 0;
}
