import type { CrmFilterNode, RightHandValues } from '../../../shared/domain/crm-filter';
import type { CrmField } from '../../../shared/domain/crm';
import { filterText, type FilterSyntax } from '../filter-text';

const odataOperators = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
} as const;

/** The Dataverse Web API's `$filter`: an Edm.Date attribute takes the date literal. */
const odata: FilterSyntax = {
  condition(node, literal) {
    const left = node.left.trim();
    if (node.operator === 'isEmpty') return `${left} eq null`;
    if (node.operator === 'isNotEmpty') return `${left} ne null`;
    const test = `${left} ${odataOperators[node.operator]} ${literal()}`;
    // Dataverse's `ne` leaves empty values out; "differs" keeps them, as SOQL's != does.
    return node.operator === '!=' ? `(${test} or ${left} eq null)` : test;
  },
  keywords: { and: 'and', or: 'or', not: 'not' },
};

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
  return filterText(node, fields, values, odata);
}
