import {
  rightHandExpressions,
  type CrmFilterNode,
  type RightHandEvaluator,
  type RightHandValue,
  type RightHandValues,
} from '../../../shared/domain/crm-filter';
import { failureText } from '../sandbox/failure-text';
import type { SandboxPool } from '../sandbox/sandbox-pool';
import type { ExpressionLimits, ExpressionResult } from '../sandbox/sandbox-protocol';
import { SandboxError } from '../sandbox/sandbox-thread';

/**
 * Per right-hand value (they are expressions, not programs): work counted in QuickJS steps, so a
 * loaded machine does not stop a normal value. 500 steps are what a tight loop runs in about
 * 100 ms here, the limit the message names; wall time is only a backstop for built-ins that do
 * much work in one step.
 */
export const rightHandLimits: ExpressionLimits = { steps: 500, backstopMs: 5000 };
const statedMs = 100;
const noValue: RightHandValue = { kind: 'error', message: 'it was not evaluated' };
function valueOf(result: ExpressionResult): RightHandValue {
  switch (result.kind) {
    case 'number':
    case 'text':
    case 'other':
      return result;
    case 'date':
      return { kind: 'date', value: new Date(result.iso) };
    case 'failed':
      return { kind: 'error', message: failureText(result.failure, statedMs, false) };
  }
}

/**
 * Evaluates right-hand values in JavaScript, as the seed says, in the sandbox: each sees only a
 * copy of the workflow's `vars`, and has a limit of work and of memory.
 */
export function rightHandEvaluator(
  sandbox: SandboxPool,
  vars: Readonly<Record<string, unknown>>,
): RightHandEvaluator {
  return async (expressions) => {
    try {
      return (await sandbox.evaluate(expressions, vars, rightHandLimits)).map(valueOf);
    } catch (error) {
      if (!(error instanceof SandboxError)) throw error;
      return expressions.map(() => ({ kind: 'error', message: error.message }));
    }
  };
}

/** The values of all of a filter's right-hand expressions, in one trip to the sandbox. */
export async function evaluateRightHands(
  root: CrmFilterNode,
  evaluate: RightHandEvaluator,
): Promise<RightHandValues> {
  const expressions = rightHandExpressions(root);
  const values = await evaluate(expressions);
  return new Map(expressions.map((expression, i) => [expression, values[i] ?? noValue]));
}
