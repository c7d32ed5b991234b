import type { RecordRandom } from '../framework/seeded-random';

/** A field's value as the emulators keep it; dates are kept as epoch milliseconds or text. */
export type FieldValue = string | number | boolean | null;

/** What a field generator sees while computing one generated record. */
export interface GenContext {
  /** The record's position among the generated records of its object. */
  readonly index: number;
  /** Independent repeatable draws for this record, one per salt. */
  readonly rnd: RecordRandom;
  /** The data set's "now": generated dates lie before it. */
  readonly anchor: number;
  /** Another generated field of the same record. */
  get(field: string): FieldValue;
  /** The id of a generated record of another object, chosen by `salt`; null if it has none. */
  refTo(objectName: string, salt: string): string | null;
}

export type Generator = (ctx: GenContext) => FieldValue;
