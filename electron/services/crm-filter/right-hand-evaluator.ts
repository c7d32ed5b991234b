import { runInNewContext } from 'node:vm';
import type { RightHandEvaluator } from '../../../shared/domain/crm-filter';

const timeoutMs = 100;

/**
 * Evaluates a filter's right-hand value in JavaScript, as the seed says, in a sandbox that sees
 * only the workflow's `vars` and has a time limit.
 */
export function rightHandEvaluator(vars: Readonly<Record<string, unknown>>): RightHandEvaluator {
  return (expression) =>
    runInNewContext(`(${expression})`, { vars: structuredClone(vars) }, { timeout: timeoutMs });
}
