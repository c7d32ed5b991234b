import type { FieldValue, GenContext } from '../data/generation';
import type { RecordRandom } from './seeded-random';

/** Where a reader's values come from: a generated record store, Dynamics' entity store. */
export interface RecordSource {
  readonly generatedCount: number;
  /** The current value, from the overlay of writes or else `reader.get` (generated). */
  valueOf(reader: RecordReader, ref: number, field: string): FieldValue;
  /** The generated value of a field of a generated record. */
  generate(reader: RecordReader, field: string): FieldValue;
}

/**
 * Reads the current values of one record at a time, memoizing within the record, so that a
 * scan over millions of generated records allocates next to nothing per record.
 */
export class RecordReader implements GenContext {
  index = 0;
  private ref = 0;
  private generated = true;
  private readonly current = new Map<string, FieldValue>();
  private readonly generatedValues = new Map<string, FieldValue>();

  constructor(
    private readonly store: RecordSource,
    readonly rnd: RecordRandom,
    readonly anchor: number,
    private readonly reference: (
      objectName: string,
      salt: string,
      rnd: RecordRandom,
    ) => string | null,
  ) {}

  /** Points the reader at another record (a position in the store). */
  at(ref: number): this {
    this.ref = ref;
    this.index = ref;
    this.generated = ref < this.store.generatedCount;
    if (this.generated) this.rnd.at(ref);
    this.current.clear();
    this.generatedValues.clear();
    return this;
  }

  get position(): number {
    return this.ref;
  }

  /** The field's current value: derived, else written through the API, else generated. */
  read(field: string): FieldValue {
    if (this.current.has(field)) return this.current.get(field) ?? null;
    const value = this.store.valueOf(this, this.ref, field);
    this.current.set(field, value);
    return value;
  }

  /** GenContext: another field of the record as it was generated (an arrow: generators destructure). */
  readonly get = (field: string): FieldValue => {
    if (this.generatedValues.has(field)) return this.generatedValues.get(field) ?? null;
    const value = this.generated ? this.store.generate(this, field) : null;
    this.generatedValues.set(field, value);
    return value;
  };

  readonly refTo = (objectName: string, salt: string): string | null =>
    this.reference(objectName, salt, this.rnd);
}
