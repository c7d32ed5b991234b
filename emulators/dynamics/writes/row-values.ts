import { parseDate, parseDateTime } from '../../salesforce/datetime';
import type { EntityStore } from '../data/entity-store';
import { isGuid } from '../data/guids';
import type { Organization } from '../data/organization';
import {
  isLookupType,
  isOptionType,
  type AttributeSpec,
  type AttributeValue,
} from '../schema/attribute-spec';
import { findRow, parseRowKey, rowNotFound } from '../query/keys';
import { badOption } from '../query/odata-errors';
import {
  cannotConvert,
  duplicateKey,
  outsideOptions,
  outsideRange,
  requiredMissing,
  tooLong,
  unknownWriteProperty,
} from './write-errors';

/**
 * Reads a create or update body into column values: `name@odata.bind` for lookups (the
 * navigation property of a customer column names its target: `parentcustomerid_account`),
 * type and range checks, option values against the option set. Throws the Web API's errors.
 */
export function rowValues(
  organization: Organization,
  store: EntityStore,
  body: Record<string, unknown>,
): Map<string, AttributeValue> {
  const values = new Map<string, AttributeValue>();
  for (const [name, raw] of Object.entries(body)) {
    if (name.endsWith('@odata.bind')) {
      const { attribute, target } = navigationOf(store, name.slice(0, -'@odata.bind'.length));
      values.set(attribute.name, raw === null ? null : bindTarget(organization, raw, target));
      continue;
    }
    if (name.includes('@') || name.startsWith('@')) continue;
    const attribute = store.attribute(name);
    if (!attribute || isLookupType(attribute.type) || attribute.type === 'PartyList')
      throw unknownWriteProperty(store, name);
    if (attribute.readOnly) continue;
    values.set(name, convert(store, attribute, raw));
  }
  return values;
}

function navigationOf(
  store: EntityStore,
  property: string,
): { attribute: AttributeSpec; target: string | null } {
  const direct = store.attribute(property);
  if (direct && isLookupType(direct.type)) return { attribute: direct, target: null };
  const m = /^(.+)_([a-z_]+)$/.exec(property);
  const attribute = m ? store.attribute(m[1] as string) : undefined;
  if (attribute && isLookupType(attribute.type) && attribute.targets?.includes(m?.[2] as string))
    return { attribute, target: m?.[2] as string };
  throw unknownWriteProperty(store, property);
}

/** `/accounts(<id>)`, `accounts(<key>)` or the full URL: the id of an existing row. */
function bindTarget(organization: Organization, raw: unknown, target: string | null): string {
  if (typeof raw !== 'string') throw cannotConvert(raw, 'Edm.String');
  const m = /([A-Za-z_]+)\(([^)]*)\)\s*$/.exec(raw);
  const store = m ? organization.entitySet(m[1] as string) : undefined;
  if (!m || !store)
    throw badOption(`The URI '${raw}' in an @odata.bind annotation does not name an entity.`);
  if (target !== null && store.name !== target)
    throw badOption(`The URI '${raw}' names a '${store.name}', not a '${target}'.`);
  const key = parseRowKey(store, m[2] as string);
  const ref = findRow(store, key);
  if (ref === null) throw rowNotFound(store, key);
  return store.idOf(ref);
}

function convert(store: EntityStore, attribute: AttributeSpec, raw: unknown): AttributeValue {
  if (raw === null) return null;
  const { type, name } = attribute;
  if (type === 'String' || type === 'Memo') {
    if (typeof raw !== 'string') throw cannotConvert(raw, 'Edm.String');
    if (attribute.maxLength !== undefined && raw.length > attribute.maxLength)
      throw tooLong(store, name, attribute.maxLength);
    return raw;
  }
  if (type === 'Uniqueidentifier') {
    if (typeof raw !== 'string' || !isGuid(raw)) throw cannotConvert(raw, 'Edm.Guid');
    return raw.toLowerCase();
  }
  if (type === 'Boolean') {
    if (typeof raw !== 'boolean') throw cannotConvert(raw, 'Edm.Boolean');
    return raw;
  }
  if (type === 'DateTime') {
    if (typeof raw !== 'string') throw cannotConvert(raw, 'Edm.DateTimeOffset');
    if (attribute.format === 'DateOnly') {
      const day = parseDate(raw.slice(0, 10));
      if (day === null) throw cannotConvert(raw, 'Edm.Date');
      return raw.slice(0, 10);
    }
    const ms = parseDateTime(raw) ?? parseDate(raw);
    if (ms === null) throw cannotConvert(raw, 'Edm.DateTimeOffset');
    return ms;
  }
  if (type === 'MultiSelectPicklist') {
    if (typeof raw !== 'string') throw cannotConvert(raw, 'Edm.String');
    const accepted = attribute.optionSet?.options.map((option) => option.value) ?? [];
    const parts = raw.split(',').map((part) => part.trim());
    for (const part of parts)
      if (!/^-?\d+$/.test(part) || !accepted.includes(Number(part)))
        throw outsideOptions(store, name, part, accepted);
    return parts.join(',');
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw))
    throw cannotConvert(raw, type === 'Money' || type === 'Decimal' ? 'Edm.Decimal' : 'Edm.Int32');
  if (isOptionType(type)) {
    const accepted = attribute.optionSet?.options.map((option) => option.value) ?? [];
    if (!accepted.includes(raw)) throw outsideOptions(store, name, raw, accepted);
    return raw;
  }
  if ((type === 'Integer' || type === 'BigInt') && !Number.isInteger(raw))
    throw cannotConvert(raw, 'Edm.Int32');
  const min = attribute.minValue ?? -Number.MAX_SAFE_INTEGER;
  const max = attribute.maxValue ?? Number.MAX_SAFE_INTEGER;
  if (raw < min || raw > max) throw outsideRange(store, name, raw, min, max);
  return raw;
}

/** Required columns must have a value: given on create, never emptied on update. */
export function checkRequired(
  store: EntityStore,
  values: ReadonlyMap<string, AttributeValue>,
  creating: boolean,
): void {
  for (const attribute of store.spec.attributes) {
    if (attribute.required !== 'ApplicationRequired' || attribute.readOnly) continue;
    const value = values.has(attribute.name) ? values.get(attribute.name) : undefined;
    if (value === null || (creating && value === undefined))
      throw requiredMissing(store, attribute.name);
  }
}

/** No other live row may hold the same alternate-key values. */
export function checkKeysFree(
  store: EntityStore,
  ref: number | null,
  values: ReadonlyMap<string, AttributeValue>,
): void {
  const reader = store.reader();
  for (const key of store.spec.alternateKeys ?? []) {
    if (!key.attributes.some((name) => values.has(name))) continue;
    const keyValues = key.attributes.map((name) =>
      values.has(name)
        ? (values.get(name) ?? null)
        : ref === null
          ? null
          : reader.at(ref).read(name),
    );
    if (keyValues.some((value) => value === null || value === '')) continue;
    const holder = store.findByKey(key, keyValues);
    if (holder !== null && holder !== ref) throw duplicateKey();
  }
}
