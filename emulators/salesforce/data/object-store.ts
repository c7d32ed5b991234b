import { RecordRandom, hashString } from '../../framework/seeded-random';
import { dayMs, truncateToSecond } from '../datetime';
import { parseRecordId, recordId } from '../ids';
import type { FieldSpec, FieldValue } from '../schema/field-spec';
import type { SObjectSpec } from '../schema/object-spec';
import type { StoreWrite } from '../../data/store-write';
import { RecordReader } from './record-reader';

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

interface GeneratedTimes {
  created: number;
  modified: number;
  modstamp: number;
  deleted: number | null;
}

const systemFieldNames = new Set([
  'Id',
  'IsDeleted',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
  'OwnerId',
]);

/**
 * The records of one object: `generatedCount` records computed on demand from
 * (seed, object, position), plus an overlay of what the API changed — records created after
 * them, field updates, deletions. A record's "ref" is its position: generated records first,
 * then the created ones; ids encode it.
 */

export class ObjectStore {
  readonly spec: SObjectSpec;
  /** Told of every create, update and delete once applied (the Demo org's write journal). */
  onWrite: ((write: StoreWrite) => void) | null = null;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  private readonly byLowerName = new Map<string, FieldSpec>();
  private readonly created: Map<string, FieldValue>[] = [];
  private readonly updates = new Map<number, Map<string, FieldValue>>();
  private readonly deletions = new Map<number, number>();
  private readonly uniqueIndex = new Map<string, Map<string, number>>();
  private readonly timesRnd: RecordRandom;
  private readonly objectHash: number;

  constructor(
    spec: SObjectSpec,
    readonly settings: StoreSettings,
  ) {
    this.spec = spec;
    this.fields = new Map(spec.fields.map((field) => [field.name, field]));
    for (const field of spec.fields) this.byLowerName.set(field.name.toLowerCase(), field);
    this.objectHash = hashString(spec.name);
    this.timesRnd = new RecordRandom(settings.seed, this.objectHash);
  }

  get name(): string {
    return this.spec.name;
  }

  get generatedCount(): number {
    return this.settings.generatedCount;
  }

  /** Generated plus created records, deleted ones included. */
  get size(): number {
    return this.settings.generatedCount + this.created.length;
  }

  field(name: string): FieldSpec | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  reader(): RecordReader {
    return new RecordReader(
      this,
      new RecordRandom(this.settings.seed, this.objectHash),
      this.settings.anchor,
      (objectName, salt, rnd) => this.settings.reference(objectName, rnd.float(`ref:${salt}`)),
    );
  }

  idOf(ref: number): string {
    return recordId(this.spec.keyPrefix, ref);
  }

  /** The ref of an id of this object that exists (deleted or not), else null. */
  refOf(id: string): number | null {
    const parsed = parseRecordId(id);
    if (!parsed || parsed.keyPrefix !== this.spec.keyPrefix) return null;
    return parsed.position < this.size ? parsed.position : null;
  }

  isDeleted(ref: number): boolean {
    if (this.deletions.has(ref)) return true;
    return ref < this.generatedCount && this.generatedDeleted(ref);
  }

  private generatedDeleted(ref: number): boolean {
    return this.timesRnd.at(ref).chance('deleted', this.spec.deletedShare ?? 0.02);
  }

  deletedDate(ref: number): number | null {
    const deleted = this.deletions.get(ref);
    if (deleted !== undefined) return deleted;
    return ref < this.generatedCount ? this.generatedTimes(ref).deleted : null;
  }

  /** Called by the reader for a value it has not memoized yet. */
  valueOf(reader: RecordReader, ref: number, field: string): FieldValue {
    const derive = this.spec.derived?.[field];
    if (derive) return derive((name) => reader.read(name));
    if (field === 'IsDeleted') return this.isDeleted(ref);
    if (field === 'Id') return this.idOf(ref);
    if (ref >= this.generatedCount)
      return this.created[ref - this.generatedCount]?.get(field) ?? null;
    const update = this.updates.get(ref);
    if (update?.has(field)) return update.get(field) ?? null;
    return reader.get(field);
  }

  /** The generated value of a field of a generated record. */
  generate(reader: RecordReader, field: string): FieldValue {
    if (systemFieldNames.has(field)) return this.generatedSystemValue(reader.position, field);
    const generator = this.spec.generators[field];
    if (generator) return generator(reader);
    return this.fields.get(field)?.type === 'boolean' ? false : null;
  }

  private generatedSystemValue(ref: number, field: string): FieldValue {
    const times = this.generatedTimes(ref);
    const rnd = this.timesRnd.at(ref);
    switch (field) {
      case 'CreatedDate':
        return times.created;
      case 'LastModifiedDate':
        return times.modified;
      case 'SystemModstamp':
        return times.modstamp;
      case 'CreatedById':
        return this.settings.userId(rnd.float('createdBy'));
      case 'LastModifiedById':
        return this.settings.userId(rnd.float('modifiedBy'));
      case 'OwnerId':
        return this.fields.has('OwnerId') ? this.settings.userId(rnd.float('owner')) : null;
      default:
        return null;
    }
  }

  /**
   * Creation within the last two years; the last change leans to recent days (a quarter of
   * the records changed in the last month); a deleted share went to the bin in the last 28 days.
   */
  private generatedTimes(ref: number): GeneratedTimes {
    const rnd = this.timesRnd.at(ref);
    const { anchor } = this.settings;
    const created = truncateToSecond(anchor - rnd.float('created') * 730 * dayMs);
    const age = anchor - created;
    let modified = truncateToSecond(anchor - age * rnd.float('modified') ** 2);
    let deleted: number | null = null;
    if (this.generatedDeleted(ref)) {
      deleted = truncateToSecond(anchor - rnd.float('deletedAt') * Math.min(age, 28 * dayMs));
      modified = deleted;
    }
    const modstamp = rnd.chance('modstamp', 0.1)
      ? modified + rnd.int('lag', 1, 120) * 1000
      : modified;
    return { created, modified, modstamp: Math.min(modstamp, Math.max(anchor, modified)), deleted };
  }

  /** The live record holding this value in a unique field, if any. */
  findByUnique(field: FieldSpec, value: string): number | null {
    const key = field.caseSensitive ? value : value.toLowerCase();
    const reader = this.reader();
    const matches = (ref: number) => {
      if (ref >= this.size || this.isDeleted(ref)) return false;
      const current = reader.at(ref).read(field.name);
      return (
        typeof current === 'string' &&
        (field.caseSensitive ? current : current.toLowerCase()) === key
      );
    };
    const indexed = this.uniqueIndex.get(field.name)?.get(key);
    if (indexed !== undefined && matches(indexed)) return indexed;
    const position = this.spec.generatedKeys?.[field.name]?.parse(value);
    if (
      position !== undefined &&
      position !== null &&
      position < this.generatedCount &&
      matches(position)
    )
      return position;
    return null;
  }

  create(values: ReadonlyMap<string, FieldValue>, userId: string, now: number): number {
    const record = new Map(values);
    const at = truncateToSecond(now);
    record.set('CreatedDate', at).set('LastModifiedDate', at).set('SystemModstamp', at);
    record.set('CreatedById', userId).set('LastModifiedById', userId);
    if (this.fields.has('OwnerId') && record.get('OwnerId') == null) record.set('OwnerId', userId);
    this.created.push(record);
    const ref = this.size - 1;
    this.index(ref, record);
    this.onWrite?.({ op: 'create', object: this.name, ref, values: [...values], userId, now });
    return ref;
  }

  update(ref: number, values: ReadonlyMap<string, FieldValue>, userId: string, now: number): void {
    const at = truncateToSecond(now);
    const changes = new Map(values);
    changes.set('LastModifiedDate', at).set('SystemModstamp', at).set('LastModifiedById', userId);
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
    const at = truncateToSecond(now);
    this.deletions.set(ref, at);
    this.patch(
      ref,
      new Map<string, FieldValue>([
        ['SystemModstamp', at],
        ['LastModifiedDate', at],
        ['LastModifiedById', userId],
      ]),
    );
    this.onWrite?.({ op: 'delete', object: this.name, ref, values: [], userId, now });
  }

  private index(ref: number, values: ReadonlyMap<string, FieldValue>): void {
    for (const [name, value] of values) {
      const field = this.fields.get(name);
      if (!field?.unique && !field?.externalId) continue;
      if (typeof value !== 'string' || value === '') continue;
      let index = this.uniqueIndex.get(name);
      if (!index) this.uniqueIndex.set(name, (index = new Map()));
      index.set(field.caseSensitive ? value : value.toLowerCase(), ref);
    }
  }
}
