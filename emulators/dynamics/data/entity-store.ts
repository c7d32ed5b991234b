import { RecordRandom, hashString } from '../../framework/seeded-random';
import { RecordReader, type RecordSource } from '../../framework/record-reader';
import { dayMs, truncateToSecond } from '../../salesforce/datetime';
import type { AttributeSpec, AttributeValue } from '../schema/attribute-spec';
import type { AlternateKeySpec, EntitySpec } from '../schema/entity-spec';
import { parseRowGuid, rowGuid } from './guids';

export interface EntityStoreSettings {
  seed: number;
  /** "Now" of the generated data: every generated date lies before it. */
  anchor: number;
  generatedCount: number;
  /** Id of the user a generated row names as owner/creator, from a draw in [0, 1). */
  userId(draw: number): string;
  /** Id of a generated row of another entity, from a draw in [0, 1). */
  reference(entity: string, draw: number): string | null;
  /** The organization's next row version (change tracking's clock). */
  nextVersion(): number;
  /**
   * Told of every applied write with how to take it back: the organization journals it, or
   * keeps both until its change set commits or rolls back.
   */
  record(write: EntityWrite, undo: () => void): void;
}

/** One change made through the API, as the write journal keeps it. */
export interface EntityWrite {
  op: 'create' | 'update' | 'delete';
  entity: string;
  ref: number;
  values: [string, AttributeValue][];
  userId: string;
  now: number;
}

/** A row changed or deleted through the API, for change tracking. */
export interface RowChange {
  ref: number;
  version: number;
  deleted: boolean;
}

/** Every generated row has a version below this: the API's changes count up from it. */
export const firstApiVersion = 1_000_000;

const auditAttributes = new Set([
  'createdon',
  'modifiedon',
  'createdby',
  'modifiedby',
  'ownerid',
  'statecode',
  'statuscode',
  'versionnumber',
]);

/**
 * The rows of one entity: `generatedCount` rows computed on demand from (seed, entity,
 * position), plus an overlay of what the API changed — rows created after them, column
 * updates, deletions. A row's "ref" is its position; its GUID encodes it. Dataverse has no
 * recycle bin: a deleted row is gone, and only change tracking still names it.
 */
export class EntityStore implements RecordSource {
  /** Counts every change, so cached query orders know when they are stale. */
  writeCount = 0;
  private readonly byName = new Map<string, AttributeSpec>();
  private readonly created: Map<string, AttributeValue>[] = [];
  private readonly updates = new Map<number, Map<string, AttributeValue>>();
  private readonly deletions = new Set<number>();
  private readonly changes = new Map<number, RowChange>();
  private readonly keyIndex = new Map<string, Map<string, number>>();
  /** Rows created with an id of the client's choosing. */
  private readonly chosenIds = new Map<string, number>();
  private readonly timesRnd: RecordRandom;
  private readonly entityHash: number;

  constructor(
    readonly spec: EntitySpec,
    readonly settings: EntityStoreSettings,
  ) {
    for (const attribute of spec.attributes) this.byName.set(attribute.name, attribute);
    this.entityHash = hashString(spec.logicalName);
    this.timesRnd = new RecordRandom(settings.seed, this.entityHash);
  }

  get name(): string {
    return this.spec.logicalName;
  }

  get generatedCount(): number {
    return this.settings.generatedCount;
  }

  /** Generated plus created rows, deleted ones included. */
  get size(): number {
    return this.settings.generatedCount + this.created.length;
  }

  attribute(name: string): AttributeSpec | undefined {
    return this.byName.get(name);
  }

  reader(): RecordReader {
    return new RecordReader(
      this,
      new RecordRandom(this.settings.seed, this.entityHash),
      this.settings.anchor,
      (entity, salt, rnd) => this.settings.reference(entity, rnd.float(`ref:${salt}`)),
    );
  }

  idOf(ref: number): string {
    const chosen = this.created[ref - this.generatedCount]?.get(this.spec.primaryIdAttribute);
    return typeof chosen === 'string' ? chosen : rowGuid(this.spec.objectTypeCode, ref);
  }

  /** The ref of a row of this entity, deleted or not, else null. */
  anyRefOf(id: string): number | null {
    const lower = id.toLowerCase();
    const chosen = this.chosenIds.get(lower);
    if (chosen !== undefined) return chosen;
    const parsed = parseRowGuid(lower);
    if (!parsed || parsed.objectTypeCode !== this.spec.objectTypeCode) return null;
    return parsed.position < this.size && this.idOf(parsed.position) === lower
      ? parsed.position
      : null;
  }

  /** The ref of a live row of this entity, else null. */
  refOf(id: string): number | null {
    const ref = this.anyRefOf(id);
    return ref !== null && !this.deletions.has(ref) ? ref : null;
  }

  isDeleted(ref: number): boolean {
    return this.deletions.has(ref);
  }

  valueOf(reader: RecordReader, ref: number, attribute: string): AttributeValue {
    const derive = this.spec.derived?.[attribute];
    if (derive) return derive((name) => reader.read(name));
    if (attribute === this.spec.primaryIdAttribute) return this.idOf(ref);
    if (ref >= this.generatedCount)
      return this.created[ref - this.generatedCount]?.get(attribute) ?? null;
    const update = this.updates.get(ref);
    if (update?.has(attribute)) return update.get(attribute) ?? null;
    return reader.get(attribute);
  }

  generate(reader: RecordReader, attribute: string): AttributeValue {
    if (auditAttributes.has(attribute)) return this.generatedAudit(reader.position, attribute);
    const generator = this.spec.generators[attribute];
    if (generator) return generator(reader);
    return this.byName.get(attribute)?.type === 'Boolean' ? false : null;
  }

  /**
   * Creation within the last two years; the last change leans to recent days; most rows
   * active, the rest in another state with one of its status reasons.
   */
  private generatedAudit(ref: number, attribute: string): AttributeValue {
    const rnd = this.timesRnd.at(ref);
    const { anchor } = this.settings;
    const created = truncateToSecond(anchor - rnd.float('created') * 730 * dayMs);
    const modified = truncateToSecond(anchor - (anchor - created) * rnd.float('modified') ** 2);
    const states = this.byName.get('statecode')?.optionSet?.options ?? [];
    const state = rnd.chance('inactive', 0.15) ? (states[1]?.value ?? 0) : 0;
    switch (attribute) {
      case 'createdon':
        return created;
      case 'modifiedon':
        return modified;
      case 'createdby':
        return this.settings.userId(rnd.float('createdBy'));
      case 'modifiedby':
        return this.settings.userId(rnd.float('modifiedBy'));
      case 'ownerid':
        return this.byName.has('ownerid') ? this.settings.userId(rnd.float('owner')) : null;
      case 'statecode':
        return state;
      case 'statuscode': {
        const reasons = (this.byName.get('statuscode')?.optionSet?.options ?? []).filter(
          (option) => option.state === state,
        );
        return reasons.length > 0 ? rnd.pick('status', reasons).value : null;
      }
      case 'versionnumber':
        return Math.floor((modified / (anchor + dayMs)) * (firstApiVersion - 1));
      default:
        return null;
    }
  }

  /** The live row an alternate key's values name, if any. */
  findByKey(key: AlternateKeySpec, values: readonly AttributeValue[]): number | null {
    const reader = this.reader();
    const matches = (ref: number) =>
      ref < this.size &&
      !this.deletions.has(ref) &&
      key.attributes.every((name, i) => sameKeyValue(reader.at(ref).read(name), values[i]));
    const indexed = this.keyIndex.get(key.name)?.get(keyText(values));
    if (indexed !== undefined && matches(indexed)) return indexed;
    if (key.attributes.length === 1) {
      const value = values[0];
      const position =
        typeof value === 'string'
          ? this.spec.generatedKeys?.[key.attributes[0] as string]?.parse(value)
          : null;
      if (position !== undefined && position !== null && position < this.generatedCount)
        if (matches(position)) return position;
    }
    // Keys changed through the API and not in the index: a scan, as a table without one would.
    for (const [ref, update] of this.updates)
      if (key.attributes.some((name) => update.has(name)) && matches(ref)) return ref;
    return null;
  }

  /** Creates a row; an id among `values` is the client's choice (the caller checks it is free). */
  create(values: ReadonlyMap<string, AttributeValue>, userId: string, now: number): number {
    const row = new Map(values);
    const at = truncateToSecond(now);
    row.set('createdon', at).set('modifiedon', at).set('createdby', userId);
    row.set('modifiedby', userId);
    if (this.byName.has('ownerid') && row.get('ownerid') == null) row.set('ownerid', userId);
    if (row.get('statecode') == null) row.set('statecode', 0);
    if (row.get('statuscode') == null)
      row.set('statuscode', this.firstStatusOf(Number(row.get('statecode'))));
    const chosen = row.get(this.spec.primaryIdAttribute);
    if (typeof chosen === 'string') row.set(this.spec.primaryIdAttribute, chosen.toLowerCase());
    else row.delete(this.spec.primaryIdAttribute);
    this.created.push(row);
    const ref = this.size - 1;
    if (typeof chosen === 'string') this.chosenIds.set(chosen.toLowerCase(), ref);
    this.track(ref, false);
    row.set('versionnumber', this.changes.get(ref)?.version ?? null);
    this.index(ref);
    this.settings.record(
      { op: 'create', entity: this.name, ref, values: [...values], userId, now },
      () => {
        this.created.pop();
        this.changes.delete(ref);
        if (typeof chosen === 'string') this.chosenIds.delete(chosen.toLowerCase());
        this.unindex(ref);
        this.writeCount++;
      },
    );
    return ref;
  }

  update(
    ref: number,
    values: ReadonlyMap<string, AttributeValue>,
    userId: string,
    now: number,
  ): void {
    const restore = this.snapshot(ref);
    const changes = new Map(values);
    changes.set('modifiedon', truncateToSecond(now)).set('modifiedby', userId);
    this.track(ref, false);
    changes.set('versionnumber', this.changes.get(ref)?.version ?? null);
    this.patch(ref, changes);
    this.settings.record(
      { op: 'update', entity: this.name, ref, values: [...values], userId, now },
      restore,
    );
  }

  delete(ref: number, userId: string, now: number): void {
    const restore = this.snapshot(ref);
    this.deletions.add(ref);
    this.track(ref, true);
    this.settings.record({ op: 'delete', entity: this.name, ref, values: [], userId, now }, () => {
      this.deletions.delete(ref);
      restore();
    });
  }

  /** How to put a row's overlay and change entry back as they are now. */
  private snapshot(ref: number): () => void {
    const generated = ref < this.generatedCount;
    const overlay = generated ? this.updates.get(ref) : this.created[ref - this.generatedCount];
    const saved = overlay ? new Map(overlay) : null;
    const change = this.changes.get(ref);
    return () => {
      if (generated) {
        if (saved) this.updates.set(ref, saved);
        else this.updates.delete(ref);
      } else if (saved) this.created[ref - this.generatedCount] = saved;
      if (change) this.changes.set(ref, change);
      else this.changes.delete(ref);
      this.unindex(ref);
      this.index(ref);
      this.writeCount++;
    };
  }

  /** Sets values without touching the audit columns (the emulator's own setup). */
  patch(ref: number, values: ReadonlyMap<string, AttributeValue>): void {
    const target =
      ref >= this.generatedCount
        ? this.created[ref - this.generatedCount]
        : (this.updates.get(ref) ?? new Map<string, AttributeValue>());
    if (!target) return;
    if (ref < this.generatedCount) this.updates.set(ref, target);
    for (const [name, value] of values) target.set(name, value);
    this.index(ref);
  }

  /** Rows changed or deleted through the API after `version`, oldest change first. */
  changedSince(version: number): RowChange[] {
    return [...this.changes.values()]
      .filter((change) => change.version > version)
      .sort((a, b) => a.version - b.version);
  }

  private firstStatusOf(state: number): number | null {
    const option = this.byName
      .get('statuscode')
      ?.optionSet?.options.find((candidate) => candidate.state === state);
    return option?.value ?? null;
  }

  private track(ref: number, deleted: boolean): void {
    this.writeCount++;
    this.changes.set(ref, { ref, version: this.settings.nextVersion(), deleted });
  }

  private unindex(ref: number): void {
    for (const index of this.keyIndex.values())
      for (const [text, indexed] of index) if (indexed === ref) index.delete(text);
  }

  private index(ref: number): void {
    const reader = this.reader().at(ref);
    for (const key of this.spec.alternateKeys ?? []) {
      const values = key.attributes.map((name) => reader.read(name));
      if (values.some((value) => value === null || value === '')) continue;
      let index = this.keyIndex.get(key.name);
      if (!index) this.keyIndex.set(key.name, (index = new Map()));
      index.set(keyText(values), ref);
    }
  }
}

/** Dataverse compares key strings case-insensitively (its collation). */
function keyText(values: readonly AttributeValue[]): string {
  return JSON.stringify(
    values.map((value) => (typeof value === 'string' ? value.toLowerCase() : value)),
  );
}

function sameKeyValue(current: AttributeValue, wanted: AttributeValue | undefined): boolean {
  if (typeof current === 'string' && typeof wanted === 'string')
    return current.toLowerCase() === wanted.toLowerCase();
  return current === wanted;
}
