import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import type { RecordReader } from '../../framework/record-reader';
import type { FieldSpec, FieldValue } from '../schema/field-spec';
import type { FieldPath } from './ast';
import { noSuchColumn, unknownRelationship } from './errors';

/** One step through a lookup: the reference field and the objects it may point to. */
export interface Hop {
  field: FieldSpec;
  targets: ObjectStore[];
}

/** A field path resolved against the schema, with a fast reader for its value. */
export interface ResolvedField {
  field: FieldSpec;
  hops: Hop[];
  /** Canonical names for the output: relationship names, then the field name. */
  outputPath: string[];
  read(reader: RecordReader): FieldValue;
}

/**
 * Resolves `Name`, `Contact.Name` (the object's own name as prefix) and `Account.Owner.Name`
 * (parent relationships), with Salesforce's errors for unknown columns and relationships.
 */
export function resolveField(
  soql: string,
  org: Org,
  store: ObjectStore,
  path: FieldPath,
): ResolvedField {
  let names = path.path;
  if (names.length > 1 && (names[0] as string).toLowerCase() === store.name.toLowerCase())
    names = names.slice(1);
  const hops: Hop[] = [];
  const outputPath: string[] = [];
  let current: ObjectStore[] = [store];
  for (const relationship of names.slice(0, -1)) {
    const field = current[0]?.spec.fields.find(
      (candidate) => candidate.relationshipName?.toLowerCase() === relationship.toLowerCase(),
    );
    const targets = (field?.referenceTo ?? [])
      .map((name) => org.store(name))
      .filter((target): target is ObjectStore => target !== undefined);
    if (!field || targets.length === 0) throw unknownRelationship(soql, path.offset, relationship);
    hops.push({ field, targets });
    outputPath.push(field.relationshipName as string);
    current = targets;
  }
  const last = names[names.length - 1] as string;
  const fields = current.map((target) => target.field(last));
  const field = fields[0];
  if (!field || fields.some((candidate) => candidate === undefined))
    throw noSuchColumn(soql, path.offset, last, (current[0] as ObjectStore).name);
  outputPath.push(field.name);
  return { field, hops, outputPath, read: reader(org, hops, field.name) };
}

function reader(org: Org, hops: Hop[], fieldName: string): (reader: RecordReader) => FieldValue {
  if (hops.length === 0) return (record) => record.read(fieldName);
  const readers = new Map<ObjectStore, RecordReader>();
  return (record) => {
    let value: FieldValue = record.read((hops[0] as Hop).field.name);
    for (let i = 0; i < hops.length; i++) {
      const target = typeof value === 'string' ? related(org, value, readers) : null;
      if (!target) return null;
      const next = hops[i + 1];
      value = target.read(next ? next.field.name : fieldName);
    }
    return value;
  };
}

/** The reader of the live record an id points to, or null (missing or deleted parents read as null). */
export function related(
  org: Org,
  id: string,
  readers: Map<ObjectStore, RecordReader>,
): RecordReader | null {
  const store = org.storeForId(id);
  const ref = store?.refOf(id);
  if (!store || ref === null || ref === undefined || store.isDeleted(ref)) return null;
  let reader = readers.get(store);
  if (!reader) readers.set(store, (reader = store.reader()));
  return reader.at(ref);
}
