import type { Engine } from './quickjs-engine';
import { expressionFileName } from './sandbox-bootstrap';
import { SandboxContext } from './sandbox-context';
import {
  expressionResultSchema,
  type ExpressionLimits,
  type ExpressionResult,
  type TransferredVars,
} from './sandbox-protocol';

/**
 * One right-hand value, in a context of its own: its promise jobs run under the same limits,
 * then its value is classified (number, date, text or other) inside the sandbox.
 */
function evaluateOne(
  engine: Engine,
  expression: string,
  vars: TransferredVars,
  limits: ExpressionLimits,
): ExpressionResult {
  const sandbox = new SandboxContext(engine, {
    vars,
    script: null,
    timeoutMs: limits.backstopMs,
    steps: limits.steps,
  });
  try {
    // The line break keeps a trailing `//` comment from swallowing the parenthesis.
    const evaluated = sandbox.context.evalCode(`(${expression}\n)`, expressionFileName, {
      type: 'global',
    });
    if (evaluated.error) {
      const failure = sandbox.failureOf(evaluated.error);
      evaluated.error.dispose();
      return { kind: 'failed', failure };
    }
    try {
      sandbox.runJobs();
      if (sandbox.timedOut) return { kind: 'failed', failure: { kind: 'timeout' } };
      const classified = sandbox.callHelper('classify', evaluated.value);
      if (sandbox.timedOut) return { kind: 'failed', failure: { kind: 'timeout' } };
      const result = expressionResultSchema.safeParse(
        classified === null ? null : JSON.parse(classified),
      );
      return result.success ? result.data : { kind: 'other', text: 'a value that cannot be shown' };
    } finally {
      evaluated.value.dispose();
    }
  } finally {
    sandbox.dispose();
  }
}

/** Each right-hand value in turn, each with the whole of its limits. */
export function evaluateExpressions(
  engine: Engine,
  expressions: readonly string[],
  vars: TransferredVars,
  limits: ExpressionLimits,
): ExpressionResult[] {
  return expressions.map((expression) => evaluateOne(engine, expression, vars, limits));
}
