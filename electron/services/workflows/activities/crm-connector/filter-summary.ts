import type {
  CrmComparison,
  CrmConnective,
  CrmFilterNode,
} from '../../../../../shared/domain/crm-filter';

const comparisonWords: Record<CrmComparison, string> = {
  '=': 'equal to',
  '!=': 'different from',
  '<': 'less than',
  '<=': 'less than or equal to',
  '>': 'greater than',
  '>=': 'greater than or equal to',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
};

const connectiveWords: Record<CrmConnective, string> = {
  and: 'and',
  or: 'or',
  andNot: 'and not',
  orNot: 'or not',
};

/** The filter on one line, as Campaign shows it under "Edit the filter...". */
export function summarizeCrmFilter(node: CrmFilterNode): string {
  if (node.kind === 'condition') {
    const words = comparisonWords[node.operator];
    return node.operator === 'isEmpty' || node.operator === 'isNotEmpty'
      ? `${node.left.trim()} ${words}`
      : `${node.left.trim()} ${words} ${node.right?.trim() ?? ''}`;
  }
  if (node.lines.length === 0) return 'All records';
  return node.lines
    .map((line, i) => {
      const inner = summarizeCrmFilter(line.node);
      const text = line.node.kind === 'level' && line.node.lines.length > 1 ? `(${inner})` : inner;
      return i === 0 ? text : `${connectiveWords[line.connective]} ${text}`;
    })
    .join(' ');
}
