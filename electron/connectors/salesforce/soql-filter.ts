import type { CrmFilterNode, RightHandValues } from '../../../shared/domain/crm-filter';
import type { CrmField } from '../../../shared/domain/crm';
import { filterText, type FilterSyntax } from '../filter-text';

const soqlOperators = { '=': '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

const soql: FilterSyntax = {
  condition(node, literal) {
    const left = node.left.trim();
    if (node.operator === 'isEmpty') return `${left} = null`;
    if (node.operator === 'isNotEmpty') return `${left} != null`;
    return `${left} ${soqlOperators[node.operator]} ${literal()}`;
  },
  keywords: { and: 'AND', or: 'OR', not: 'NOT' },
};

/**
 * Translates a filter that passed `checkCrmFilter` into a SOQL WHERE expression: levels become
 * parenthesised AND/OR groups, empty tests compare with null, right-hand values are literals
 * of the values evaluated beforehand.
 */
export function toSoqlWhere(
  node: CrmFilterNode,
  fields: ReadonlyMap<string, CrmField>,
  values: RightHandValues,
): string {
  return filterText(node, fields, values, soql);
}
