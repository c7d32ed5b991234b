import type { FieldValue, GenContext } from '../../data/generation';
import type { RecordRandom } from '../../framework/seeded-random';

/** What a reader asks its store for. */
export interface ReadableStore {
  readonly generatedCount: number;
  valueOf(reader: OracleRecordReader, ref: number, field: string): FieldValue;
  generate(reader: OracleRecordReader, field: string): FieldValue;
}

/**
 * Reads one record at a time, memoizing within the record, so a scan over millions of
 * generated records allocates next to nothing per record.
 */
export class OracleRecordReader implements GenContext {
  index = 0;
  private generated = true;
  private readonly current = new Map<string, FieldValue>();
  private readonly generatedValues = new Map<string, FieldValue>();

  constructor(
    private readonly store: ReadableStore,
    readonly rnd: RecordRandom,
    readonly anchor: number,
    private readonly reference: (objectName: string, draw: number) => string | null,
  ) {}

  at(ref: number): this {
    this.index = ref;
    this.generated = ref < this.store.generatedCount;
    if (this.generated) this.rnd.at(ref);
    this.current.clear();
    this.generatedValues.clear();
    return this;
  }

  /** The field's current value: written through the API, else generated. */
  read(field: string): FieldValue {
    if (this.current.has(field)) return this.current.get(field) ?? null;
    const value = this.store.valueOf(this, this.index, field);
    this.current.set(field, value);
    return value;
  }

  /** GenContext: another field as generated (an arrow: generators destructure it). */
  readonly get = (field: string): FieldValue => {
    if (this.generatedValues.has(field)) return this.generatedValues.get(field) ?? null;
    const value = this.generated ? this.store.generate(this, field) : null;
    this.generatedValues.set(field, value);
    return value;
  };

  readonly refTo = (objectName: string, salt: string): string | null =>
    this.reference(objectName, this.rnd.float(`ref:${salt}`));
}
