import type {
  CrmFilterNode,
  RightHandValue,
  RightHandValues,
} from '../../../shared/domain/crm-filter';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import type { OracleFieldInfo } from './oracle-catalog';
import { oracleFromInstant } from './oracle-dates';
import type { OracleApiVersion } from './oracle-soap';

/** One comparison of one field, its right side already an Oracle literal. */
interface Term {
  kind: 'term';
  field: string;
  /** `=`, `<>`, `<`, `<=`, `>`, `>=`, or the empty tests. */
  op: string;
  literal?: string;
}
type Expr = Term | { kind: 'and' | 'or'; items: Expr[] } | { kind: 'not'; item: Expr };

/**
 * What a QueryPage is asked: field-level query expressions (one per field, ANDed by Oracle), or
 * with v2.0 a `searchspec` on the object for what fields alone cannot say. Oracle refuses the two
 * together, so a query uses one or the other.
 */
export type OracleCriteria =
  | { kind: 'fields'; expressions: ReadonlyMap<string, string> }
  | { kind: 'searchspec'; text: string };

/** What the criteria are built from: the import's filter, modification window and ids. */
export interface CriteriaInput {
  table: string;
  fields: ReadonlyMap<string, OracleFieldInfo>;
  filter?: { node: CrmFilterNode; values: RightHandValues };
  modified?: { field: string; since?: Date; until?: Date };
  ids?: readonly string[];
  idField: string;
  /** The CRM user's time zone, in which Oracle reads a datetime literal. */
  timeZone: string;
  version: OracleApiVersion;
}

const operators = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

/** A quoted Oracle literal: a quote inside is doubled. */
export const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function literal(
  right: string,
  value: RightHandValue | undefined,
  field: OracleFieldInfo,
  zone: string,
) {
  if (value?.kind === 'date') {
    const text = oracleFromInstant(value.value, zone);
    return quoted(field.type === 'date' ? text.slice(0, 10) : text);
  }
  if (value?.kind === 'number') return String(value.value);
  throw new CrmError(msg('messages:connectors.oracle.noNumberOrDate', { right }));
}

function knownField(name: string, input: CriteriaInput): OracleFieldInfo {
  const field = input.fields.get(name.trim());
  if (!field)
    throw new CrmError(
      msg('messages:connectors.noField', { table: input.table, field: name.trim() }),
    );
  return field;
}

function fromFilter(node: CrmFilterNode, input: CriteriaInput, values: RightHandValues): Expr {
  if (node.kind === 'condition') {
    const field = knownField(node.left, input);
    if (node.operator === 'isEmpty') return { kind: 'term', field: field.name, op: 'IS NULL' };
    if (node.operator === 'isNotEmpty')
      return { kind: 'term', field: field.name, op: 'IS NOT NULL' };
    const right = node.right?.trim() ?? '';
    return {
      kind: 'term',
      field: field.name,
      op: operators[node.operator],
      literal: literal(right, values.get(right), field, input.timeZone),
    };
  }
  let expr: Expr | null = null;
  for (const line of node.lines) {
    const inner = fromFilter(line.node, input, values);
    const item: Expr = line.connective.endsWith('Not') ? { kind: 'not', item: inner } : inner;
    if (!expr) {
      expr = item;
      continue;
    }
    const join = line.connective.startsWith('or') ? 'or' : 'and';
    expr =
      expr.kind === join
        ? { kind: join, items: [...expr.items, item] }
        : { kind: join, items: [expr, item] };
  }
  return expr ?? { kind: 'and', items: [] };
}

/** The whole expression: the filter, the modification window and the ids, ANDed. */
function criteriaExpr(input: CriteriaInput): Expr {
  const items: Expr[] = [];
  if (input.filter) items.push(fromFilter(input.filter.node, input, input.filter.values));
  if (input.modified) {
    const field = knownField(input.modified.field, input);
    const at = (date: Date) => quoted(oracleFromInstant(date, input.timeZone));
    if (input.modified.since)
      items.push({ kind: 'term', field: field.name, op: '>=', literal: at(input.modified.since) });
    if (input.modified.until)
      items.push({ kind: 'term', field: field.name, op: '<', literal: at(input.modified.until) });
  }
  if (input.ids)
    items.push({
      kind: 'or',
      items: input.ids.map((id) => ({
        kind: 'term',
        field: input.idField,
        op: '=',
        literal: quoted(id),
      })),
    });
  const all = items.flatMap(conjuncts);
  return all.length === 1 && all[0] ? all[0] : { kind: 'and', items: all };
}

const termText = (t: Term) => (t.literal === undefined ? t.op : `${t.op} ${t.literal}`);

/** The conjuncts of an expression, nested ANDs flattened. */
function conjuncts(expr: Expr): Expr[] {
  return expr.kind === 'and' ? expr.items.flatMap(conjuncts) : [expr];
}

/**
 * Field-level expressions, when the criteria are ANDed comparisons of fields, each field's either
 * ANDed or ORed together; null when they need more (an OR across fields, a NOT).
 */
function fieldExpressions(expr: Expr): Map<string, string> | null {
  const ands = new Map<string, Term[]>();
  const ors = new Map<string, Term[]>();
  for (const item of conjuncts(expr)) {
    if (item.kind === 'term') {
      ands.set(item.field, [...(ands.get(item.field) ?? []), item]);
      continue;
    }
    if (item.kind !== 'or') return null;
    const terms = item.items.flatMap((i) => (i.kind === 'or' ? i.items : [i]));
    const field = terms[0]?.kind === 'term' ? terms[0].field : null;
    if (!field || ors.has(field) || !terms.every((t) => t.kind === 'term' && t.field === field))
      return null;
    ors.set(field, terms as Term[]);
  }
  const expressions = new Map<string, string>();
  for (const [field, terms] of ands) {
    if (ors.has(field)) return null;
    expressions.set(field, terms.map(termText).join(' AND '));
  }
  for (const [field, terms] of ors) expressions.set(field, terms.map(termText).join(' OR '));
  return expressions;
}

function searchspec(expr: Expr): string {
  switch (expr.kind) {
    case 'term':
      return `[${expr.field}] ${termText(expr)}`;
    case 'not':
      return `NOT (${searchspec(expr.item)})`;
    default:
      return expr.items
        .map((i) => (i.kind === 'and' || i.kind === 'or' ? `(${searchspec(i)})` : searchspec(i)))
        .join(expr.kind === 'and' ? ' AND ' : ' OR ');
  }
}

/**
 * The QueryPage criteria of an import. Field-level expressions where they suffice; otherwise a
 * searchspec with v2.0, and a refusal with v1.0, whose queries filter field by field only.
 */
export function oracleCriteria(input: CriteriaInput): OracleCriteria {
  const expr = criteriaExpr(input);
  const expressions = fieldExpressions(expr);
  if (expressions) return { kind: 'fields', expressions };
  if (input.version === 'v1.0') throw new CrmError(msg('messages:connectors.oracle.v1Filter'));
  return { kind: 'searchspec', text: searchspec(expr) };
}
