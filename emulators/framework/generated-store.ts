import type { FieldValue, Generator } from '../data/generation';
import type { StoreWrite } from '../data/store-write';
import { RecordReader, type RecordSource } from './record-reader';
import { RecordRandom, hashString } from './seeded-random';
import { TimeIndex, type TimeBounds } from './time-index';

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

/** The names a CRM gives its audit fields, and how its records age. */
export interface AuditFields {
  created: string;
  createdBy: string;
  modified: string;
  modifiedBy: string;
  /** Moves on with every change, the record's own or (Oracle) its children's. */
  stamp: string;
  /** The stamp of a generated record, last modified at `modified`. */
  generatedStamp(rnd: RecordRandom, modified: number, anchor: number): number;
  /** Salesforce's recycle bin: a deletion is the record's last modification. */
  deletionModifies: boolean;
}

/** What makes one CRM's store differ from another's. */
export interface StoreFlavour<Field> {
  /** Mixed with the seed: each object's records draw from their own stream. */
  hashKey: string;
  fields: readonly Field[];
  generators: Readonly<Record<string, Generator>>;
  audit: AuditFields;
  /** Share of generated records already deleted, during the 28 days before the anchor. */
  deletedShare: number;
  idOf(ref: number): string;
  /** The position an id of this object names, if it is one. */
  positionOf(id: string): number | null;
  /** How a field holding unique values compares them (null: values need not be unique). */
  uniqueness(field: Field): { caseSensitive: boolean } | null;
  /** The generated record a unique field's value would name, if it follows a pattern. */
  generatedPosition(field: Field, value: string): number | null;
}

interface GeneratedTimes {
  created: number;
  modified: number;
  stamp: number;
  deleted: number | null;
}

const dayMs = 86_400_000;
const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * The records of one object of an emulated CRM: `generatedCount` records computed on demand
 * from (seed, object, position), plus an overlay of what the API changed — records created
 * after them, field updates, deletions. A record's "ref" is its position: generated records
 * first, then the created ones; ids encode it. The CRMs differ in their audit fields' names,
 * ids and unique fields (`StoreFlavour`).
 */
export class GeneratedStore<Field extends { name: string; type: string }> implements RecordSource {
  /** Told of every create, update and delete once applied (the Demo data's write journal). */
  onWrite: ((write: StoreWrite) => void) | null = null;
  protected readonly created: Map<string, FieldValue>[] = [];
  protected readonly updates = new Map<number, Map<string, FieldValue>>();
  protected readonly deletions = new Map<number, Deletion>();
  protected readonly timesRnd: RecordRandom;
  private readonly byLowerName = new Map<string, Field>();
  private readonly uniqueIndex = new Map<string, Map<string, number>>();
  private readonly timeIndexes = new Map<string, TimeIndex | null>();
  private readonly objectHash: number;

  constructor(
    readonly name: string,
    readonly settings: StoreSettings,
    private readonly flavour: StoreFlavour<Field>,
  ) {
    for (const field of flavour.fields) this.byLowerName.set(field.name.toLowerCase(), field);
    this.objectHash = hashString(flavour.hashKey);
    this.timesRnd = new RecordRandom(settings.seed, this.objectHash);
  }

  get generatedCount(): number {
    return this.settings.generatedCount;
  }

  /** Generated plus created records, deleted ones included. */
  get size(): number {
    return this.settings.generatedCount + this.created.length;
  }

  /** The field of this name, matched without regard to case. */
  field(name: string): Field | undefined {
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
    return this.flavour.idOf(ref);
  }

  /** The ref of an id of this object that exists (deleted or not), else null. */
  refOf(id: string): number | null {
    const position = this.flavour.positionOf(id);
    return position !== null && position < this.size ? position : null;
  }

  isDeleted(ref: number): boolean {
    if (this.deletions.has(ref)) return true;
    return ref < this.generatedCount && this.generatedDeleted(ref);
  }

  protected generatedDeleted(ref: number): boolean {
    return this.timesRnd.at(ref).chance('deleted', this.flavour.deletedShare);
  }

  /** Called by the reader for a value it has not memoized yet. */
  valueOf(reader: RecordReader, ref: number, field: string): FieldValue {
    if (field === 'Id') return this.idOf(ref);
    if (ref >= this.generatedCount)
      return this.created[ref - this.generatedCount]?.get(field) ?? null;
    const update = this.updates.get(ref);
    if (update?.has(field)) return update.get(field) ?? null;
    return reader.get(field);
  }

  /** The generated value of a field of a generated record. */
  generate(reader: RecordReader, field: string): FieldValue {
    const audit = this.generatedAuditValue(reader.position, field);
    if (audit !== undefined) return audit;
    const generator = this.flavour.generators[field];
    if (generator) return generator(reader);
    return this.field(field)?.type === 'boolean' ? false : null;
  }

  /** An audit field's generated value, or undefined for any other field. */
  private generatedAuditValue(ref: number, field: string): FieldValue | undefined {
    const { audit } = this.flavour;
    const rnd = () => this.timesRnd.at(ref);
    switch (field) {
      case audit.created:
        return this.generatedTimes(ref).created;
      case audit.modified:
        return this.generatedTimes(ref).modified;
      case audit.stamp:
        return this.generatedTimes(ref).stamp;
      case audit.createdBy:
        return this.settings.userId(rnd().float('createdBy'));
      case audit.modifiedBy:
        return this.settings.userId(rnd().float('modifiedBy'));
      case 'OwnerId':
        return this.field('OwnerId') ? this.settings.userId(rnd().float('owner')) : null;
      default:
        return undefined;
    }
  }

  /**
   * Creation within the last two years; the last change leans to recent days (a quarter of
   * the records changed in the last month); a deleted share went to the bin in the last 28 days.
   */
  protected generatedTimes(ref: number): GeneratedTimes {
    const rnd = this.timesRnd.at(ref);
    const { anchor } = this.settings;
    const created = toSecond(anchor - rnd.float('created') * 730 * dayMs);
    const age = anchor - created;
    let modified = toSecond(anchor - age * rnd.float('modified') ** 2);
    let deleted: number | null = null;
    if (this.generatedDeleted(ref)) {
      deleted = toSecond(anchor - rnd.float('deletedAt') * Math.min(age, 28 * dayMs));
      modified = this.flavour.audit.deletionModifies ? deleted : Math.min(modified, deleted);
    }
    const stamp = this.flavour.audit.generatedStamp(rnd, modified, anchor);
    return { created, modified, stamp, deleted };
  }

  /**
   * The refs (deleted ones included) whose audit time `field` (created, modified or stamp) may
   * lie in `bounds`, in ref order, as the CRM's index on its audit dates finds them. Null when
   * the field has no index, or when the range holds so much of the object that a scan is as
   * quick (a quarter, as a query optimizer would judge).
   */
  refsByTime(field: string, bounds: TimeBounds): Int32Array | null {
    const index = this.timeIndex(field);
    if (!index || index.count(bounds) > this.size / 4) return null;
    const inRange = (at: FieldValue | undefined) =>
      typeof at === 'number' &&
      (bounds.from === null || at >= bounds.from) &&
      (bounds.to === null || at <= bounds.to);
    const found: number[] = [];
    // A generated record the API changed is found by its new time, below, not its generated one.
    for (const ref of index.refsIn(bounds)) if (!this.updates.get(ref)?.has(field)) found.push(ref);
    for (const [ref, changes] of this.updates)
      if (changes.has(field) && inRange(changes.get(field))) found.push(ref);
    this.created.forEach((record, i) => {
      if (inRange(record.get(field))) found.push(this.generatedCount + i);
    });
    return Int32Array.from(found).sort();
  }

  /** Whether `refsByTime` can answer for this field: the audit dates are indexed. */
  hasTimeIndex(field: string): boolean {
    return this.auditTime(field) !== null;
  }

  private auditTime(field: string): 'created' | 'modified' | 'stamp' | null {
    const { audit } = this.flavour;
    if (field === audit.created) return 'created';
    if (field === audit.modified) return 'modified';
    return field === audit.stamp ? 'stamp' : null;
  }

  /** The index of an audit time field, built on first use; null for any other field. */
  private timeIndex(field: string): TimeIndex | null {
    const part = this.auditTime(field);
    if (part === null) return null;
    let index = this.timeIndexes.get(field);
    if (index === undefined) {
      index = TimeIndex.build(this.generatedCount, (ref) => this.generatedTimes(ref)[part]);
      this.timeIndexes.set(field, index);
    }
    return index;
  }

  /** The live record holding this value in a unique field, if any. */
  protected findLive(field: Field, value: string): number | null {
    const caseSensitive = this.flavour.uniqueness(field)?.caseSensitive ?? false;
    const key = caseSensitive ? value : value.toLowerCase();
    const reader = this.reader();
    const matches = (ref: number) => {
      if (ref >= this.size || this.isDeleted(ref)) return false;
      const current = reader.at(ref).read(field.name);
      return (
        typeof current === 'string' && (caseSensitive ? current : current.toLowerCase()) === key
      );
    };
    const indexed = this.uniqueIndex.get(field.name)?.get(key);
    if (indexed !== undefined && matches(indexed)) return indexed;
    const position = this.flavour.generatedPosition(field, value);
    return position !== null && position < this.generatedCount && matches(position)
      ? position
      : null;
  }

  create(values: ReadonlyMap<string, FieldValue>, userId: string, now: number): number {
    const { audit } = this.flavour;
    const record = new Map(values);
    const at = toSecond(now);
    record.set(audit.created, at).set(audit.modified, at).set(audit.stamp, at);
    record.set(audit.createdBy, userId).set(audit.modifiedBy, userId);
    if (this.field('OwnerId') && record.get('OwnerId') == null) record.set('OwnerId', userId);
    this.created.push(record);
    const ref = this.size - 1;
    this.index(ref, record);
    this.onWrite?.({ op: 'create', object: this.name, ref, values: [...values], userId, now });
    return ref;
  }

  update(ref: number, values: ReadonlyMap<string, FieldValue>, userId: string, now: number): void {
    const { audit } = this.flavour;
    const at = toSecond(now);
    const changes = new Map(values);
    changes.set(audit.modified, at).set(audit.stamp, at).set(audit.modifiedBy, userId);
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
    const { audit } = this.flavour;
    const at = toSecond(now);
    this.deletions.set(ref, { at, userId });
    if (audit.deletionModifies)
      this.patch(
        ref,
        new Map<string, FieldValue>([
          [audit.stamp, at],
          [audit.modified, at],
          [audit.modifiedBy, userId],
        ]),
      );
    this.onWrite?.({ op: 'delete', object: this.name, ref, values: [], userId, now });
  }

  private index(ref: number, values: ReadonlyMap<string, FieldValue>): void {
    for (const [name, value] of values) {
      const field = this.field(name);
      const how = field && this.flavour.uniqueness(field);
      if (!field || !how || typeof value !== 'string' || value === '') continue;
      let index = this.uniqueIndex.get(field.name);
      if (!index) this.uniqueIndex.set(field.name, (index = new Map()));
      index.set(how.caseSensitive ? value : value.toLowerCase(), ref);
    }
  }
}
