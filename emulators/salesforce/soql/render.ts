import { formatDateTime } from '../datetime';
import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import type { RecordReader } from '../../framework/record-reader';
import type { FieldSpec, FieldValue } from '../schema/field-spec';
import { related, type ResolvedField } from './resolve';

export type JsonRecord = Record<string, unknown>;

export function attributes(store: ObjectStore, id: string, version: string) {
  return { type: store.name, url: `/services/data/v${version}/sobjects/${store.name}/${id}` };
}

/** A field's value as the REST API writes it: datetimes formatted, compound fields grouped. */
export function renderValue(field: FieldSpec, reader: RecordReader): unknown {
  if (field.type === 'address') {
    const prefix = field.name.slice(0, -'Address'.length);
    const parts = {
      city: reader.read(`${prefix}City`),
      country: reader.read(`${prefix}Country`),
      geocodeAccuracy: reader.read(`${prefix}GeocodeAccuracy`),
      latitude: reader.read(`${prefix}Latitude`),
      longitude: reader.read(`${prefix}Longitude`),
      postalCode: reader.read(`${prefix}PostalCode`),
      state: reader.read(`${prefix}State`),
      street: reader.read(`${prefix}Street`),
    };
    return Object.values(parts).every((value) => value === null) ? null : parts;
  }
  if (field.type === 'location') {
    const base = field.name.slice(0, -'__c'.length);
    const latitude = reader.read(`${base}__Latitude__s`);
    const longitude = reader.read(`${base}__Longitude__s`);
    return latitude === null && longitude === null ? null : { latitude, longitude };
  }
  return formatValue(field, reader.read(field.name));
}

export function formatValue(field: FieldSpec, value: FieldValue): unknown {
  if (value !== null && field.type === 'datetime') return formatDateTime(Number(value));
  return value;
}

/** One record of a query answer: `attributes`, then the selected fields (parents nested). */
export function renderRecord(
  org: Org,
  store: ObjectStore,
  reader: RecordReader,
  fields: readonly ResolvedField[],
  version: string,
): JsonRecord {
  const record: JsonRecord = {
    attributes: attributes(store, String(reader.read('Id')), version),
  };
  const readers = new Map<ObjectStore, RecordReader>();
  for (const resolved of fields) {
    let target: JsonRecord = record;
    let current: RecordReader | null = reader;
    for (const hop of resolved.hops) {
      const name = hop.field.relationshipName as string;
      const id: FieldValue = current.read(hop.field.name);
      current = typeof id === 'string' ? related(org, id, readers) : null;
      if (!current) {
        target[name] = null;
        break;
      }
      const existing = target[name];
      if (existing && typeof existing === 'object') target = existing as JsonRecord;
      else {
        const parentStore = org.storeForId(String(id)) as ObjectStore;
        const child: JsonRecord = {
          attributes: attributes(parentStore, String(current.read('Id')), version),
        };
        target[name] = child;
        target = child;
      }
    }
    if (current) target[resolved.field.name] = renderValue(resolved.field, current);
  }
  return record;
}
