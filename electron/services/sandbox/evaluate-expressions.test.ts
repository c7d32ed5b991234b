import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rightHandLimits } from '../crm-filter/right-hand-evaluator';
import { evaluateExpressions } from './evaluate-expressions';
import { loadEngine, type Engine } from './quickjs-engine';
import { transferVars } from './vars-transfer';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A machine so loaded that 40 ms pass between any two readings of the monotonic clock: the one
 * stand-in here, since a real load cannot be ordered up; the engine and its limits are real.
 */
function onALoadedMachine(): void {
  let elapsed = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => (elapsed += 40));
}

const evaluate = (expression: string) =>
  evaluateExpressions(engine, [expression], transferVars({ base: 2 }), rightHandLimits);

describe('a right-hand value under its limit of work', () => {
  it('gives a normal value whatever the load', () => {
    onALoadedMachine();
    // Some tens of thousands of calls: a few interrupt checks, each 40 ms apart on this machine.
    const sum = 'Array.from({ length: 50000 }, (_, i) => i * vars.base).reduce((a, b) => a + b, 0)';
    expect(evaluate(sum)).toEqual([{ kind: 'number', value: 2499950000 }]);
  });

  it('still stops a runaway value, loaded or not', () => {
    expect(evaluate('(() => { for (;;); })()')).toEqual([
      { kind: 'failed', failure: { kind: 'timeout' } },
    ]);
    onALoadedMachine();
    expect(evaluate('(Promise.resolve().then(() => { while (true) {} }), 1)')).toEqual([
      { kind: 'failed', failure: { kind: 'timeout' } },
    ]);
  });
});
