import { z } from 'zod';
import { msg, type ConsoleMessage } from '../i18n/message';

/**
 * The filter of the CRM connector activity's import ("Edit the filter..."), as the Campaign
 * editor builds it: levels of conditions, each line joined to the previous one by AND or OR.
 */
export const crmComparisons = ['=', '!=', '<', '<=', '>', '>=', 'isEmpty', 'isNotEmpty'] as const;
export type CrmComparison = (typeof crmComparisons)[number];

export const crmConnectives = ['and', 'or', 'andNot', 'orNot'] as const;
export type CrmConnective = (typeof crmConnectives)[number];

export interface CrmFilterCondition {
  kind: 'condition';
  /** Must be one field of the remote table. */
  left: string;
  operator: CrmComparison;
  /** A JavaScript expression giving a number or a date; none for the empty tests. */
  right?: string;
}

export interface CrmFilterLevel {
  kind: 'level';
  lines: { connective: CrmConnective; node: CrmFilterNode }[];
}

export type CrmFilterNode = CrmFilterCondition | CrmFilterLevel;

const conditionSchema = z.object({
  kind: z.literal('condition'),
  left: z.string().max(255),
  operator: z.enum(crmComparisons),
  right: z.string().max(2000).optional(),
});

export const crmFilterNodeSchema: z.ZodType<CrmFilterNode> = z.lazy(() =>
  z.union([
    conditionSchema,
    z.object({
      kind: z.literal('level'),
      lines: z
        .array(z.object({ connective: z.enum(crmConnectives), node: crmFilterNodeSchema }))
        .max(100),
    }),
  ]),
);

/** A broken rule of the seed's "Filtering data", with where it is ("2.1": level 2, line 1). */
export interface CrmFilterProblem {
  at: string;
  rule: ConsoleMessage;
}

/** What a right-hand value gave when evaluated in the sandbox. */
export type RightHandValue =
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'text' }
  /** Anything else (undefined, NaN, an object…), as `String(value)` shows it. */
  | { kind: 'other'; text: string }
  | { kind: 'error'; message: string };

/** Evaluates right-hand expressions as the activity will, in JavaScript: one value each. */
export type RightHandEvaluator = (expressions: readonly string[]) => Promise<RightHandValue[]>;

/** The values of a filter's right-hand expressions, by expression (trimmed). */
export type RightHandValues = ReadonlyMap<string, RightHandValue>;

const fieldName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An expression in a message: quoted once, even when it is itself a quoted text. */
const quoted = (text: string) => (/^(['"]).*\1$/.test(text) ? text : `'${text}'`);

const compared = (node: CrmFilterCondition): boolean =>
  node.operator !== 'isEmpty' && node.operator !== 'isNotEmpty';

/** The right-hand expressions a filter compares with, each once: what is to be evaluated. */
export function rightHandExpressions(root: CrmFilterNode): string[] {
  const found = new Set<string>();
  const visit = (node: CrmFilterNode) => {
    if (node.kind === 'level') for (const line of node.lines) visit(line.node);
    else if (compared(node) && node.right?.trim()) found.add(node.right.trim());
  };
  visit(root);
  return [...found];
}

/**
 * Checks the seed's rules: one type of operator per level, no AND NOT, a single field on the
 * left (no expression, number or join), and comparisons only with null or with a right-hand
 * value that evaluates to a number or a date.
 */
export function checkCrmFilter(
  root: CrmFilterNode,
  fields: ReadonlySet<string>,
  values: RightHandValues,
): CrmFilterProblem[] {
  const problems: CrmFilterProblem[] = [];
  const visit = (node: CrmFilterNode, at: string) => {
    if (node.kind === 'level') {
      const joins = new Set(node.lines.slice(1).map((l) => l.connective.replace('Not', '')));
      if (joins.size > 1)
        problems.push({
          at: at || 'top',
          rule: msg('messages:crmFilter.oneOperatorType'),
        });
      node.lines.forEach((line, i) => {
        const here = at ? `${at}.${i + 1}` : String(i + 1);
        if (i > 0 && line.connective === 'andNot')
          problems.push({ at: here, rule: msg('messages:crmFilter.andNot') });
        visit(line.node, here);
      });
      return;
    }
    const left = node.left.trim();
    if (left.includes('.') || left.includes('['))
      problems.push({
        at,
        rule: msg('messages:crmFilter.join', { left: quoted(left) }),
      });
    else if (!fieldName.test(left))
      problems.push({ at, rule: msg('messages:crmFilter.oneField', { left: quoted(left) }) });
    else if (!fields.has(left))
      problems.push({ at, rule: msg('messages:crmFilter.notAField', { left: quoted(left) }) });
    if (!compared(node)) return;
    const right = node.right?.trim() ?? '';
    if (!right) {
      problems.push({ at, rule: msg('messages:crmFilter.needsValue') });
      return;
    }
    const value = values.get(right);
    if (!value || value.kind === 'error')
      problems.push({
        at,
        rule: value
          ? msg('messages:crmFilter.notEvaluated', { right: quoted(right), error: value.message })
          : msg('messages:crmFilter.neverEvaluated', { right: quoted(right) }),
      });
    else if (value.kind === 'text')
      problems.push({ at, rule: msg('messages:crmFilter.givesText', { right: quoted(right) }) });
    else if (value.kind === 'other')
      problems.push({
        at,
        rule: msg('messages:crmFilter.givesOther', { right: quoted(right), value: value.text }),
      });
  };
  visit(root, '');
  return problems;
}
