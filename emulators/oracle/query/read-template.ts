import type { XmlElement } from '../soap/envelope';
import { oracleErrors } from '../soap/oracle-error';
import { compileCondition, requireField, type FieldCatalog, type RecordTest } from './evaluate';
import { parseFieldExpression, parseSearchSpec, type Condition } from './expression';
import type { SortKey } from './run-query';

/** A QueryPage's object element read as a query by template. */
export interface QueryTemplate {
  /** The fields to return, in the request's order, by their real names. */
  fields: string[];
  /** Null: no filter. */
  test: RecordTest | null;
  /** Whether anything filters: a field expression or a searchspec. */
  filtered: boolean;
  sort: SortKey[];
}

/**
 * Each child element names a field to return; its text, if any, filters on it; `sortorder`
 * (ASC/DESC) and `sortsequence` sort on it. `searchspec` on the object element filters too.
 */
export function readTemplate(
  record: XmlElement,
  store: FieldCatalog,
  timeZone: string,
): QueryTemplate {
  const fields: string[] = [];
  const conditions: Condition[] = [];
  const sorts: { key: SortKey; sequence: number; position: number }[] = [];
  for (const [position, element] of record.children.entries()) {
    const field = requireField(store, element.name);
    fields.push(field.name);
    if (element.text !== '') conditions.push(parseFieldExpression(field.name, element.text));
    const order = element.attributes.sortorder;
    if (order !== undefined) {
      const upper = order.toUpperCase();
      if (upper !== 'ASC' && upper !== 'DESC')
        throw oracleErrors.badQuery(`sortorder must be ASC or DESC, not '${order}'`);
      const sequenceText = element.attributes.sortsequence;
      const sequence = sequenceText === undefined ? Infinity : Number(sequenceText);
      if (Number.isNaN(sequence)) throw oracleErrors.badQuery(`sortsequence '${sequenceText}'`);
      sorts.push({ key: { field: field.name, descending: upper === 'DESC' }, sequence, position });
    }
  }
  const searchspec = record.attributes.searchspec;
  if (searchspec !== undefined && searchspec.trim() !== '')
    conditions.push(parseSearchSpec(searchspec));
  const combined = conditions.reduce<Condition | null>(
    (left, right) => (left ? { kind: 'and', left, right } : right),
    null,
  );
  return {
    fields: fields.length > 0 ? fields : ['Id'],
    test: combined ? compileCondition(combined, store, timeZone) : null,
    filtered: combined !== null,
    sort: sorts
      .sort((a, b) => a.sequence - b.sequence || a.position - b.position)
      .map((entry) => entry.key),
  };
}

/** A whole number attribute or element within bounds, else the given fault. */
export function wholeNumber(
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  fault: (value: string) => Error,
): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < min || value > max) throw fault(text);
  return value;
}
