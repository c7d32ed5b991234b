import type { FieldValue } from '../../data/generation';
import type { StoreWrite } from '../../data/store-write';
import { RecordRandom, hashString } from '../../framework/seeded-random';
import type { OracleFieldSpec, OracleObjectSpec } from '../schema/field-spec';
import { OracleRecordReader } from './record-reader';
import { parseRowId, rowId } from './row-ids';

export interface StoreSettings {
  seed: number;
  /** "Now" of the generated data: every generated date lies before it. */
  anchor: number;
  generatedCount: number;
  /** Id of the user a generated record names as owner/creator, from a draw in [0, 1). */
  userId(draw: number): string;
  /** Id of a generated record of another object, from a draw in [0, 1). */
  reference(objectName: string, draw: number): string | null;
}

export interface Deletion {
  at: number;
  userId: string;
}

const dayMs = 86_400_000;
const second = (ms: number) => Math.floor(ms / 1000) * 1000;
/** Share of generated records already deleted, during the 28 days before the anchor. */
const deletedShare = 0.02;

/**
 * The records of one object: `generatedCount` records computed on demand from
 * (seed, object, position), plus an overlay of what the API changed: records inserted after
 * them, field updates, deletions. A record's ref is its position; its row id encodes it.
 */
export class OracleObjectStore {
  onWrite: ((write: StoreWrite) => void) | null = null;
  private readonly byLowerName = new Map<string, OracleFieldSpec>();
  private readonly created: Map<string, FieldValue>[] = [];
  private readonly updates = new Map<number, Map<string, FieldValue>>();
  private readonly deletions = new Map<number, Deletion>();
  private readonly externalIds = new Map<string, number>();
  private readonly timesRnd: RecordRandom;
  private readonly objectHash: number;
  private generatedDeleted: (Deletion & { ref: number })[] | null = null;

  constructor(
    readonly spec: OracleObjectSpec,
    readonly settings: StoreSettings,
  ) {
    for (const field of spec.fields) this.byLowerName.set(field.name.toLowerCase(), field);
    this.objectHash = hashString(`oracle:${spec.name}`);
    this.timesRnd = new RecordRandom(settings.seed, this.objectHash);
  }

  get name(): string {
    return this.spec.name;
  }

  get generatedCount(): number {
    return this.settings.generatedCount;
  }

  /** Generated plus inserted records, deleted ones included. */
  get size(): number {
    return this.settings.generatedCount + this.created.length;
  }

  /** The field of this name, matched without regard to case as Oracle does. */
  field(name: string): OracleFieldSpec | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  reader(): OracleRecordReader {
    return new OracleRecordReader(
      this,
      new RecordRandom(this.settings.seed, this.objectHash),
      this.settings.anchor,
      this.settings.reference,
    );
  }

  idOf(ref: number): string {
    return rowId(this.spec.idPrefix, ref);
  }

  /** The ref of an existing record's id (deleted or not), else null. */
  refOf(id: string): number | null {
    const position = parseRowId(this.spec.idPrefix, id);
    return position !== null && position < this.size ? position : null;
  }

  isDeleted(ref: number): boolean {
    if (this.deletions.has(ref)) return true;
    return ref < this.generatedCount && this.timesRnd.at(ref).chance('deleted', deletedShare);
  }

  deletion(ref: number): Deletion | null {
    const deleted = this.deletions.get(ref);
    if (deleted) return deleted;
    if (ref >= this.generatedCount || !this.isDeleted(ref)) return null;
    return {
      at: this.generatedTimes(ref).deleted ?? this.settings.anchor,
      userId: this.settings.userId(this.timesRnd.at(ref).float('deletedBy')),
    };
  }

  /** The generated records that start deleted (2 %), with their deletion; found once and kept. */
  generatedDeletions(): readonly (Deletion & { ref: number })[] {
    if (!this.generatedDeleted) {
      this.generatedDeleted = [];
      for (let ref = 0; ref < this.generatedCount; ref++) {
        const deletion = this.timesRnd.at(ref).chance('deleted', deletedShare)
          ? this.deletion(ref)
          : null;
        if (deletion) this.generatedDeleted.push({ ref, ...deletion });
      }
    }
    return this.generatedDeleted;
  }

  /** The records deleted through the API, with their deletion. */
  apiDeletions(): (Deletion & { ref: number })[] {
    return [...this.deletions].map(([ref, deletion]) => ({ ref, ...deletion }));
  }

  /** Called by the reader for a value it has not memoized yet. */
  valueOf(reader: OracleRecordReader, ref: number, field: string): FieldValue {
    if (field === 'Id') return this.idOf(ref);
    if (ref >= this.generatedCount)
      return this.created[ref - this.generatedCount]?.get(field) ?? null;
    const update = this.updates.get(ref);
    if (update?.has(field)) return update.get(field) ?? null;
    return reader.get(field);
  }

  /** The generated value of a field of a generated record. */
  generate(reader: OracleRecordReader, field: string): FieldValue {
    const ref = reader.index;
    switch (field) {
      case 'CreatedDate':
        return this.generatedTimes(ref).created;
      case 'ModifiedDate':
        return this.generatedTimes(ref).modified;
      case 'LastUpdated':
        return this.generatedTimes(ref).lastUpdated;
      case 'CreatedById':
        return this.settings.userId(this.timesRnd.at(ref).float('createdBy'));
      case 'ModifiedById':
        return this.settings.userId(this.timesRnd.at(ref).float('modifiedBy'));
      case 'OwnerId':
        return this.field('OwnerId')
          ? this.settings.userId(this.timesRnd.at(ref).float('owner'))
          : null;
      case 'ExternalSystemId':
        return this.generatedExternalId(ref);
      default: {
        const generator = this.spec.generators[field];
        if (generator) return generator(reader);
        return this.field(field)?.type === 'boolean' ? false : null;
      }
    }
  }

  /** `CONTACT-00000042`: the marketing platform's key of generated record 42. */
  private generatedExternalId(ref: number): string {
    return `${this.spec.name.toUpperCase()}-${String(ref + 1).padStart(8, '0')}`;
  }

  /**
   * Creation within the last two years; the last change leans to recent days; LastUpdated
   * (changes to the record or its children) at or after it; deleted ones in the last 28 days.
   */
  private generatedTimes(ref: number) {
    const rnd = this.timesRnd.at(ref);
    const { anchor } = this.settings;
    const created = second(anchor - rnd.float('created') * 730 * dayMs);
    const age = anchor - created;
    let modified = second(anchor - age * rnd.float('modified') ** 2);
    let deleted: number | null = null;
    if (rnd.chance('deleted', deletedShare)) {
      deleted = second(anchor - rnd.float('deletedAt') * Math.min(age, 28 * dayMs));
      modified = Math.min(modified, deleted);
    }
    const lastUpdated = rnd.chance('childChange', 0.1)
      ? Math.min(anchor, modified + rnd.int('lag', 1, 3600) * 1000)
      : modified;
    return { created, modified, lastUpdated, deleted };
  }

  /** The live record with this ExternalSystemId, if any. */
  findByExternalId(value: string): number | null {
    const reader = this.reader();
    const matches = (ref: number) =>
      ref < this.size && !this.isDeleted(ref) && reader.at(ref).read('ExternalSystemId') === value;
    const indexed = this.externalIds.get(value);
    if (indexed !== undefined && matches(indexed)) return indexed;
    const m = new RegExp(`^${this.spec.name.toUpperCase()}-(\\d{8,})$`).exec(value);
    const position = m ? Number(m[1]) - 1 : null;
    return position !== null && position < this.generatedCount && matches(position)
      ? position
      : null;
  }

  create(values: ReadonlyMap<string, FieldValue>, userId: string, now: number): number {
    const record = new Map(values);
    const at = second(now);
    record.set('CreatedDate', at).set('ModifiedDate', at).set('LastUpdated', at);
    record.set('CreatedById', userId).set('ModifiedById', userId);
    if (this.field('OwnerId') && record.get('OwnerId') == null) record.set('OwnerId', userId);
    this.created.push(record);
    const ref = this.size - 1;
    this.index(ref, record);
    this.onWrite?.({ op: 'create', object: this.name, ref, values: [...values], userId, now });
    return ref;
  }

  update(ref: number, values: ReadonlyMap<string, FieldValue>, userId: string, now: number): void {
    const at = second(now);
    const changes = new Map(values);
    changes.set('ModifiedDate', at).set('LastUpdated', at).set('ModifiedById', userId);
    this.patch(ref, changes);
    this.onWrite?.({ op: 'update', object: this.name, ref, values: [...values], userId, now });
  }

  /** Sets values without touching the audit fields (the emulator's own setup). */
  patch(ref: number, values: ReadonlyMap<string, FieldValue>): void {
    const target =
      ref >= this.generatedCount
        ? this.created[ref - this.generatedCount]
        : (this.updates.get(ref) ?? new Map<string, FieldValue>());
    if (!target) return;
    if (ref < this.generatedCount) this.updates.set(ref, target);
    for (const [field, value] of values) target.set(field, value);
    this.index(ref, values);
  }

  delete(ref: number, userId: string, now: number): void {
    this.deletions.set(ref, { at: second(now), userId });
    this.onWrite?.({ op: 'delete', object: this.name, ref, values: [], userId, now });
  }

  private index(ref: number, values: ReadonlyMap<string, FieldValue>): void {
    const value = values.get('ExternalSystemId');
    if (typeof value === 'string' && value !== '') this.externalIds.set(value, ref);
  }
}
