import type { CrmFilterNode, RightHandEvaluator } from '../../../shared/domain/crm-filter';
import { isValidDate } from '../../../shared/domain/crm-filter';
import type { CrmField } from '../../../shared/domain/crm';

const soqlOperators = { '=': '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

function literal(value: unknown, field: CrmField | undefined): string {
  if (isValidDate(value)) {
    const iso = value.toISOString();
    // A date field compares with a date literal; anything else with a UTC datetime literal.
    return field?.type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  }
  return String(value);
}

/**
 * Translates a filter that passed `checkCrmFilter` into a SOQL WHERE expression: levels become
 * parenthesised AND/OR groups, empty tests compare with null.
 */
export function toSoqlWhere(
  node: CrmFilterNode,
  fields: ReadonlyMap<string, CrmField>,
  evaluate: RightHandEvaluator,
): string {
  if (node.kind === 'condition') {
    const left = node.left.trim();
    if (node.operator === 'isEmpty') return `${left} = null`;
    if (node.operator === 'isNotEmpty') return `${left} != null`;
    return `${left} ${soqlOperators[node.operator]} ${literal(evaluate(node.right ?? ''), fields.get(left))}`;
  }
  return node.lines
    .map((line, i) => {
      const inner = toSoqlWhere(line.node, fields, evaluate);
      const wrapped =
        line.node.kind === 'level' && line.node.lines.length > 1 ? `(${inner})` : inner;
      if (i === 0) return wrapped;
      const join = line.connective.startsWith('or') ? 'OR' : 'AND';
      return line.connective.endsWith('Not') ? `${join} NOT (${inner})` : `${join} ${wrapped}`;
    })
    .join(' ');
}
