import type {
  CrmFilterNode,
  RightHandValue,
  RightHandValues,
} from '../../../shared/domain/crm-filter';
import type { CrmField } from '../../../shared/domain/crm';

const odataOperators = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
} as const;

function literal(right: string, value: RightHandValue | undefined, field: CrmField | undefined) {
  if (value?.kind === 'date') {
    const iso = value.value.toISOString();
    // An Edm.Date attribute compares with a date literal; anything else with a UTC instant.
    return field?.type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  }
  if (value?.kind === 'number') return String(value.value);
  throw new Error(`The value '${right}' gives no number or date: check the filter first.`);
}

/**
 * Translates a filter that passed `checkCrmFilter` into an OData `$filter` of the Dataverse Web
 * API: levels become parenthesised and/or groups, empty tests compare with null, right-hand
 * values are literals of the values evaluated beforehand.
 */
export function toODataFilter(
  node: CrmFilterNode,
  fields: ReadonlyMap<string, CrmField>,
  values: RightHandValues,
): string {
  if (node.kind === 'condition') {
    const left = node.left.trim();
    if (node.operator === 'isEmpty') return `${left} eq null`;
    if (node.operator === 'isNotEmpty') return `${left} ne null`;
    const right = node.right?.trim() ?? '';
    const test = `${left} ${odataOperators[node.operator]} ${literal(right, values.get(right), fields.get(left))}`;
    // Dataverse's `ne` leaves empty values out; "differs" keeps them, as SOQL's != does.
    return node.operator === '!=' ? `(${test} or ${left} eq null)` : test;
  }
  return node.lines
    .map((line, i) => {
      const inner = toODataFilter(line.node, fields, values);
      const wrapped =
        line.node.kind === 'level' && line.node.lines.length > 1 ? `(${inner})` : inner;
      if (i === 0) return wrapped;
      const join = line.connective.startsWith('or') ? 'or' : 'and';
      return line.connective.endsWith('Not') ? `${join} not (${inner})` : `${join} ${wrapped}`;
    })
    .join(' ');
}
