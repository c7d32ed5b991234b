/**
 * Deterministic randomness for the emulators' data: every value is a pure function of
 * (seed, object, record index, field), so any record can be computed on demand, in any order,
 * without generating the records before it.
 */

/** 32-bit FNV-1a of a string; stable across runs and platforms. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes 32-bit words into one well-spread 32-bit word (murmur3's finalizer per step). */
export function mix(...words: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const word of words) {
    h ^= word >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) from a 32-bit word. */
export function unit(word: number): number {
  return (word >>> 0) / 4294967296;
}

/** Random draws for one record: each `salt` names an independent, repeatable draw. */
export class RecordRandom {
  private base = 0;

  constructor(
    private readonly seed: number,
    private readonly objectHash: number,
  ) {}

  /** Points the draws at another record; lets one instance serve a whole scan. */
  at(index: number): this {
    this.base = mix(this.seed, this.objectHash, index, Math.floor(index / 4294967296));
    return this;
  }

  /** A uniform number in [0, 1) for this record and salt. */
  float(salt: string, n = 0): number {
    return unit(mix(this.base, hashString(salt), n));
  }

  /** An integer in [min, max]. */
  int(salt: string, min: number, max: number, n = 0): number {
    return min + Math.floor(this.float(salt, n) * (max - min + 1));
  }

  pick<T>(salt: string, choices: readonly T[], n = 0): T {
    return choices[Math.floor(this.float(salt, n) * choices.length)] as T;
  }

  chance(salt: string, probability: number): boolean {
    return this.float(salt) < probability;
  }
}
