import { msg, type ConsoleMessage } from '../i18n/message';

/** Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const isBidiControl = (code: number) =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
/** C0, DEL and C1: nothing a one-line name or label needs, and NUL ends strings elsewhere. */
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
/** Iterating by code point, a surrogate alone is one that has no partner. */
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character a name or label must not hold, named for a message ("U+202E, a
 * bidirectional control character"); null when there is none. Such characters hide or reorder
 * what the administrator reads (a right-to-left override makes `exe.txt` read `txt.exe`).
 */
export function forbiddenCharacter(text: string): ConsoleMessage | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const point = codePoint(code);
    if (isControl(code)) return msg('messages:input.character.control', { point });
    if (isBidiControl(code)) return msg('messages:input.character.bidi', { point });
    if (isSurrogate(code)) return msg('messages:input.character.surrogate', { point });
  }
  return null;
}
