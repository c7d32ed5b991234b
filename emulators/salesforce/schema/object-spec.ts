import type { FieldValue, GenContext, Generator } from '../../data/generation';
import type { FieldSpec } from './field-spec';

export type { GenContext, Generator };

/** A value computed from the record's current values on every read (Name, IsClosed …). */
export type Derivation = (get: (field: string) => FieldValue) => FieldValue;

/** A unique key whose generated value can be turned back into the record's position. */
export interface GeneratedKey {
  format(index: number): string;
  parse(value: string): number | null;
}

export interface SObjectSpec {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  fields: readonly FieldSpec[];
  /** Field generators; fields without one (and not system or derived) start null/default. */
  generators: Readonly<Record<string, Generator>>;
  derived?: Readonly<Record<string, Derivation>>;
  generatedKeys?: Readonly<Record<string, GeneratedKey>>;
  /** Share of generated records that start deleted (in the recycle bin); default 2%. */
  deletedShare?: number;
  /** Overrides of the describe flags (createable, deletable, feedEnabled …). */
  flags?: Readonly<Record<string, boolean>>;
}

/** `C-00000042`-style keys: a prefix and the 1-based position, zero-padded. */
export function positionalKey(prefix: string, width = 8): GeneratedKey {
  const pattern = new RegExp(`^${prefix}(\\d{${width},})$`, 'i');
  return {
    format: (index) => `${prefix}${String(index + 1).padStart(width, '0')}`,
    parse: (value) => {
      const m = pattern.exec(value);
      return m ? Number(m[1]) - 1 : null;
    },
  };
}
