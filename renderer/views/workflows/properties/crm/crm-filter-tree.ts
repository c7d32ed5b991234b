import type {
  CrmComparison,
  CrmConnective,
  CrmFilterLevel,
  CrmFilterNode,
} from '../../../../../shared/domain/crm-filter';
import { consoleI18n } from '../../../../i18n/console-i18n';

export type CrmFilterLine = CrmFilterLevel['lines'][number];
/** Line indices from the top level down: [1, 0] is the first line of the level on line 2. */
export type LinePath = readonly number[];

/** The editor always works on a top level; a bare condition is put in one. */
export function asTopLevel(filter: CrmFilterNode | null): CrmFilterLevel {
  if (!filter) return { kind: 'level', lines: [] };
  if (filter.kind === 'level') return filter;
  return { kind: 'level', lines: [{ connective: 'and', node: filter }] };
}

/** What the activity keeps: nothing for an empty filter. */
export function fromTopLevel(level: CrmFilterLevel): CrmFilterNode | null {
  return level.lines.length === 0 ? null : level;
}

/** "2.1", as the service names the place of a broken rule. */
export const pathLabel = (path: LinePath) => path.map((i) => i + 1).join('.');

function mapLevel(
  level: CrmFilterLevel,
  path: LinePath,
  change: (level: CrmFilterLevel) => CrmFilterLevel,
): CrmFilterLevel {
  const [head, ...rest] = path;
  if (head === undefined) return change(level);
  return {
    ...level,
    lines: level.lines.map((line, i) => {
      if (i !== head || line.node.kind !== 'level') return line;
      return { ...line, node: mapLevel(line.node, rest, change) };
    }),
  };
}

export function addCondition(top: CrmFilterLevel, levelPath: LinePath, left: string) {
  return mapLevel(top, levelPath, (level) => ({
    ...level,
    lines: [
      ...level.lines,
      { connective: 'and', node: { kind: 'condition', left, operator: '=', right: '' } },
    ],
  }));
}

export function addLevel(top: CrmFilterLevel, levelPath: LinePath) {
  return mapLevel(top, levelPath, (level) => ({
    ...level,
    lines: [...level.lines, { connective: 'and', node: { kind: 'level', lines: [] } }],
  }));
}

/** Changes or (with null) removes the line at `path`. */
export function changeLine(
  top: CrmFilterLevel,
  path: LinePath,
  change: (line: CrmFilterLine) => CrmFilterLine | null,
): CrmFilterLevel {
  const index = path[path.length - 1];
  if (index === undefined) return top;
  return mapLevel(top, path.slice(0, -1), (level) => ({
    ...level,
    lines: level.lines.flatMap((line, i) => {
      if (i !== index) return [line];
      const changed = change(line);
      return changed ? [changed] : [];
    }),
  }));
}

/** How a line joins the one above it, in the window's language. */
export function connectiveWord(connective: CrmConnective): string {
  switch (connective) {
    case 'and':
      return consoleI18n.t('workflows:filter.and');
    case 'or':
      return consoleI18n.t('workflows:filter.or');
    case 'andNot':
      return consoleI18n.t('workflows:filter.andNot');
    case 'orNot':
      return consoleI18n.t('workflows:filter.orNot');
  }
}

/** The operator of a condition: symbols, or words for the tests on emptiness. */
export function comparisonWord(comparison: CrmComparison): string {
  switch (comparison) {
    case '=':
      return '=';
    case '!=':
      return '≠';
    case '<':
      return '<';
    case '<=':
      return '≤';
    case '>':
      return '>';
    case '>=':
      return '≥';
    case 'isEmpty':
      return consoleI18n.t('workflows:filter.isEmpty');
    case 'isNotEmpty':
      return consoleI18n.t('workflows:filter.isNotEmpty');
  }
}

/** The filter on one line, for the import tab: "Amount > 100 AND (A = 1 OR B = 2)". */
export function describeCrmFilter(node: CrmFilterNode | null): string {
  if (!node) return consoleI18n.t('workflows:filter.none');
  if (node.kind === 'condition') {
    const head = `${node.left || '?'} ${comparisonWord(node.operator)}`;
    return node.operator === 'isEmpty' || node.operator === 'isNotEmpty'
      ? head
      : `${head} ${node.right || '?'}`;
  }
  return node.lines
    .map((line, i) => {
      const text =
        line.node.kind === 'level'
          ? `(${describeCrmFilter(line.node)})`
          : describeCrmFilter(line.node);
      return i === 0 ? text : `${connectiveWord(line.connective)} ${text}`;
    })
    .join(' ');
}
