import type {
  CrmFilterCondition,
  CrmFilterNode,
  RightHandValues,
} from '../../shared/domain/crm-filter';
import type { CrmField } from '../../shared/domain/crm';

/** How a query language writes a filter: its comparisons and its and/or/not keywords. */
export interface FilterSyntax {
  /** A condition, given the literal of its right-hand value (comparisons only, not empty tests). */
  condition(node: CrmFilterCondition, literal: () => string): string;
  keywords: { and: string; or: string; not: string };
}

/**
 * The literal of a right-hand value evaluated beforehand: a date field compares with a date,
 * any other with a UTC instant to the second; a number as it is.
 */
function literal(
  node: CrmFilterCondition,
  fields: ReadonlyMap<string, CrmField>,
  values: RightHandValues,
) {
  const right = node.right?.trim() ?? '';
  const value = values.get(right);
  if (value?.kind === 'date') {
    const iso = value.value.toISOString();
    return fields.get(node.left.trim())?.type === 'date'
      ? iso.slice(0, 10)
      : `${iso.slice(0, 19)}Z`;
  }
  if (value?.kind === 'number') return String(value.value);
  throw new Error(`The value '${right}' gives no number or date: check the filter first.`);
}

/**
 * Writes a filter that passed `checkCrmFilter` in a query language: each level a run of its
 * lines joined by and/or (with not), a level of several lines parenthesised inside another.
 */
export function filterText(
  node: CrmFilterNode,
  fields: ReadonlyMap<string, CrmField>,
  values: RightHandValues,
  syntax: FilterSyntax,
): string {
  if (node.kind === 'condition') return syntax.condition(node, () => literal(node, fields, values));
  const { and, or, not } = syntax.keywords;
  return node.lines
    .map((line, i) => {
      const inner = filterText(line.node, fields, values, syntax);
      const wrapped =
        line.node.kind === 'level' && line.node.lines.length > 1 ? `(${inner})` : inner;
      if (i === 0) return wrapped;
      const join = line.connective.startsWith('or') ? or : and;
      return line.connective.endsWith('Not') ? `${join} ${not} (${inner})` : `${join} ${wrapped}`;
    })
    .join(' ');
}
