import type { RecordReader } from '../../framework/record-reader';
import type { Organization } from '../data/organization';
import type { EntityStore } from '../data/entity-store';
import { isLookupType, isOptionType, type AttributeValue } from '../schema/attribute-spec';
import type { Column } from './columns';

/** Which annotations `Prefer: odata.include-annotations` asked for. */
export interface Annotations {
  formatted: boolean;
  lookups: boolean;
  /** The preference as applied, for `Preference-Applied`. */
  applied: string | null;
}

export const noAnnotations: Annotations = { formatted: false, lookups: false, applied: null };

const formattedValue = 'OData.Community.Display.V1.FormattedValue';
const lookupName = 'Microsoft.Dynamics.CRM.lookuplogicalname';
const navigationName = 'Microsoft.Dynamics.CRM.associatednavigationproperty';

/** Reads `odata.include-annotations="*"` (or a list, or `Microsoft.Dynamics.CRM.*`). */
export function annotationsOf(prefer: string): Annotations {
  const m = /odata\.include-annotations="?([^";]+)"?/.exec(prefer);
  if (!m) return noAnnotations;
  const wanted = (m[1] as string).split(',').map((name) => name.trim());
  const covers = (name: string) =>
    wanted.some(
      (pattern) =>
        pattern === '*' ||
        pattern === name ||
        (pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1))),
    );
  return {
    formatted: covers(formattedValue),
    lookups: covers(lookupName),
    applied: `odata.include-annotations="${m[1] as string}"`,
  };
}

/** `2024-03-01T10:15:00Z`: Dataverse's UTC form, seconds, no fraction. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A value as the Web API writes it in JSON. */
export function wireValue(column: Column, value: AttributeValue): AttributeValue {
  if (value === null) return null;
  if (column.attribute.type === 'DateTime' && typeof value === 'number')
    return formatDateTime(value);
  return value;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const whole = new Intl.NumberFormat('en-US');

function formatted(
  organization: Organization,
  column: Column,
  value: AttributeValue,
): string | null {
  if (value === null) return null;
  const { attribute } = column;
  if (isOptionType(attribute.type))
    return attribute.optionSet?.options.find((option) => option.value === value)?.label ?? null;
  if (attribute.type === 'MultiSelectPicklist')
    return String(value)
      .split(',')
      .map(
        (part) => attribute.optionSet?.options.find((o) => o.value === Number(part))?.label ?? part,
      )
      .join('; ');
  if (attribute.type === 'Boolean') return value === true ? 'Yes' : 'No';
  if (attribute.type === 'Money') return money.format(Number(value));
  if (attribute.type === 'Integer' || attribute.type === 'BigInt')
    return whole.format(Number(value));
  if (attribute.type === 'DateTime') {
    if (typeof value === 'string') {
      const [y, m, d] = value.split('-').map(Number);
      return `${m}/${d}/${y}`;
    }
    const at = new Date(Number(value));
    const hours = at.getUTCHours();
    const minutes = String(at.getUTCMinutes()).padStart(2, '0');
    return `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${at.getUTCFullYear()} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  }
  if (isLookupType(attribute.type) && typeof value === 'string') {
    const target = organization.entityOfId(value);
    const ref = target?.refOf(value);
    if (!target || ref === null || ref === undefined) return null;
    const name = target.reader().at(ref).read(target.spec.primaryNameAttribute);
    return name === null ? null : String(name);
  }
  return null;
}

/** One row as the Web API returns it: etag, the columns asked for, the annotations asked for. */
export function rowJson(
  organization: Organization,
  store: EntityStore,
  reader: RecordReader,
  columns: readonly Column[],
  annotations: Annotations,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    '@odata.etag': `W/"${String(reader.read('versionnumber') ?? 0)}"`,
  };
  for (const column of columns) {
    const value = reader.read(column.attribute.name);
    if (annotations.formatted) {
      const text = formatted(organization, column, value);
      if (text !== null) row[`${column.property}@${formattedValue}`] = text;
    }
    if (annotations.lookups && isLookupType(column.attribute.type) && typeof value === 'string') {
      row[`${column.property}@${navigationName}`] = column.attribute.name;
      row[`${column.property}@${lookupName}`] = organization.entityOfId(value)?.name ?? null;
    }
    row[column.property] = wireValue(column, value);
  }
  const idColumn = store.spec.primaryIdAttribute;
  if (!(idColumn in row)) row[idColumn] = reader.read(idColumn);
  return row;
}
