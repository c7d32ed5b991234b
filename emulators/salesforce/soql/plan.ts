import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import { isSortable } from '../schema/field-spec';
import { SoqlError, invalidField, unsupportedType } from './errors';
import { compileCondition, type Predicate } from './evaluator';
import { parseSoql } from './parser';
import { resolveField, type ResolvedField } from './resolve';
import { timeRange, type TimeRange } from './time-range';

export interface OrderKey {
  field: ResolvedField;
  descending: boolean;
  nullsLast: boolean;
}

/** A query checked against the schema and compiled, ready to run any number of times. */
export interface QueryPlan {
  soql: string;
  store: ObjectStore;
  /** null for `SELECT COUNT()` */
  fields: ResolvedField[] | null;
  predicate: Predicate | null;
  /** A range on an indexed audit date every match lies in: the records to read, not all. */
  timeRange: TimeRange | null;
  order: OrderKey[];
  limit: number | null;
  offset: number;
}

const maxOffset = 2000;

export function planQuery(soql: string, org: Org, now: number): QueryPlan {
  const query = parseSoql(soql);
  const store = org.store(query.object.name);
  if (!store) throw unsupportedType(soql, query.object.offset, query.object.name);
  const fields = query.fields?.map((path) => resolveField(soql, org, store, path)) ?? null;
  const predicate = query.where ? compileCondition(query.where, { soql, org, store, now }) : null;
  const order = query.orderBy.map((item) => {
    const field = resolveField(soql, org, store, item.field);
    if (!isSortable(field.field))
      throw invalidField(
        soql,
        item.field.offset,
        `field '${field.field.name}' can not be sorted in a query call`,
      );
    return { field, descending: item.descending, nullsLast: item.nullsLast };
  });
  if (query.offset !== null && query.offset > maxOffset)
    throw new SoqlError(
      'NUMBER_OUTSIDE_VALID_RANGE',
      `Maximum SOQL offset allowed is ${maxOffset}`,
    );
  return {
    soql,
    store,
    fields,
    predicate,
    timeRange: timeRange(query.where, store),
    order,
    limit: query.limit,
    offset: query.offset ?? 0,
  };
}
