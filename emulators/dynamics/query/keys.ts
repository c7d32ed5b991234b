import type { EntityStore } from '../data/entity-store';
import { isGuid } from '../data/guids';
import type { AttributeValue } from '../schema/attribute-spec';
import type { AlternateKeySpec } from '../schema/entity-spec';
import { badOption, ODataError } from './odata-errors';

/** What `contacts(<key>)` names: a row id, or the values of an alternate key. */
export type RowKey =
  | { kind: 'id'; id: string }
  | { kind: 'alternate'; key: AlternateKeySpec; values: AttributeValue[] };

/** Splits `a='x,y',b=2` at the commas outside quotes. */
function splitPairs(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function keyLiteral(text: string): AttributeValue {
  if (/^'.*'$/s.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (isGuid(text)) return text.toLowerCase();
  throw badOption(`Bad Request - Error in query syntax: the key value '${text}' is not valid.`);
}

/** Reads the key in parentheses; an alternate key must be one the entity defines. */
export function parseRowKey(store: EntityStore, text: string): RowKey {
  const trimmed = text.trim();
  if (isGuid(trimmed)) return { kind: 'id', id: trimmed.toLowerCase() };
  const pairs = splitPairs(trimmed).map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1)
      throw badOption(`Bad Request - Error in query syntax: the key '${text}' is not valid.`);
    return { name: pair.slice(0, at).trim(), value: keyLiteral(pair.slice(at + 1).trim()) };
  });
  const names = pairs.map((pair) => pair.name);
  const key = store.spec.alternateKeys?.find(
    (candidate) =>
      candidate.attributes.length === names.length &&
      candidate.attributes.every((name) => names.includes(name)),
  );
  if (!key)
    throw new ODataError(
      400,
      '0x80060888',
      `The key with the columns (${names.join(', ')}) is not an alternate key of the entity '${store.name}'.`,
    );
  return {
    kind: 'alternate',
    key,
    values: key.attributes.map((name) => pairs.find((pair) => pair.name === name)?.value ?? null),
  };
}

/** The live row a key names, or null. */
export function findRow(store: EntityStore, key: RowKey): number | null {
  return key.kind === 'id' ? store.refOf(key.id) : store.findByKey(key.key, key.values);
}

/** `Entity 'contact' With Id = … Does Not Exist`, or its alternate-key form. */
export function rowNotFound(store: EntityStore, key: RowKey): ODataError {
  const what =
    key.kind === 'id'
      ? `Id = ${key.id}`
      : key.key.attributes.map((name, i) => `${name} = ${String(key.values[i])}`).join(', ');
  return new ODataError(404, '0x80040217', `Entity '${store.name}' With ${what} Does Not Exist`);
}
