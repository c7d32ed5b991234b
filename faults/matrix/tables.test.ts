import { describe, expect, it } from 'vitest';
import { injectionFor } from './fault-kinds';
import type { CrashTrial, FaultCell } from './results';
import {
  crashFindings,
  crashMatrixTable,
  faultCellText,
  faultFindings,
  faultMatrixTable,
  markdownTable,
} from './tables';

const cell = (overrides: Partial<FaultCell>): FaultCell => ({
  crm: 'Salesforce',
  operation: 'export',
  fault: 'slowPage',
  status: 'run',
  outcome: 'completed',
  attempts: [{ error: null, rawReason: null, seconds: 1 }],
  nothingLost: true,
  nothingDuplicated: true,
  countsRight: true,
  clearErrors: true,
  faultFired: true,
  indexNeverAhead: null,
  details: '',
  seconds: 1.25,
  ...overrides,
});

const trial = (overrides: Partial<CrashTrial>): CrashTrial => ({
  crm: 'Salesforce',
  engine: 'sqlite',
  operation: 'import',
  trial: 0,
  seed: 1,
  killAt: 'before call 1 of query',
  killed: true,
  resumes: 1,
  completed: true,
  error: null,
  endStateRight: true,
  nothingLost: true,
  nothingDuplicated: true,
  indexNeverAhead: true,
  configValid: true,
  details: '',
  seconds: 2,
  ...overrides,
});

describe('markdownTable', () => {
  it('pads every column to its widest cell', () => {
    expect(markdownTable(['a', 'long'], [['wide cell', 'x']])).toBe(
      ['| a         | long |', '| --------- | ---- |', '| wide cell | x    |'].join('\n'),
    );
  });
});

describe('fault cells', () => {
  it('shows a right cell with its resumes and time, a wrong one with what is wrong', () => {
    expect(faultCellText(cell({}))).toBe('✓ 1.3 s');
    const resumed = cell({
      attempts: [
        { error: 'down', rawReason: null, seconds: 1 },
        { error: null, rawReason: null, seconds: 1 },
      ],
      seconds: 12.4,
    });
    expect(faultCellText(resumed)).toBe('✓ 1 resume, 12 s');
    const wrong = cell({ nothingDuplicated: false, clearErrors: false });
    expect(faultFindings(wrong)).toEqual(['DUPLICATED', 'RAW ERROR']);
    expect(faultCellText(wrong)).toBe('✗ DUPLICATED, RAW ERROR, 1.3 s');
    expect(faultFindings(cell({ outcome: 'stopped: down', nothingLost: null }))).toEqual([
      'stopped',
    ]);
    expect(faultCellText(cell({ status: 'notApplicable' }))).toBe('n/a');
    expect(faultCellText(cell({ status: 'notPossible' }))).toBe('not possible here');
  });

  it('lays the cells out a row per CRM and operation, a column per fault', () => {
    const table = faultMatrixTable([
      cell({ operation: 'import', fault: 'rateLimit' }),
      cell({ operation: 'import', fault: 'partialBatch', status: 'notApplicable' }),
      cell({ operation: 'delete', fault: 'diskUnwritable' }),
    ]).split('\n');
    expect(table[0]).toMatch(/^\| CRM +\| operation +\| 429 \+ Retry-After \| 503 \|/);
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^\| Salesforce \| import +\| ✓ 1.3 s +\|/);
    expect(table[2]).toContain('| n/a ');
    expect(table[3]).toMatch(/\| ✓ 1.3 s +\|$/);
  });
});

describe('crash rows', () => {
  it('tallies each check over the trials where it applies', () => {
    const table = crashMatrixTable([
      trial({}),
      trial({ trial: 1, killed: false, resumes: 0, indexNeverAhead: false }),
      trial({ engine: 'none', operation: 'configStore', crm: '—', indexNeverAhead: null }),
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(
      /^\| Salesforce \| SQLite \| import +\| 2 +\| 1\/2 +\| 1 +\| 2\/2 +\| 2\/2 +\| 2\/2 +\| 2\/2 +\| 1\/2 +\| 2\/2 +\| 4.0 s \|$/,
    );
    expect(table[3]).toMatch(/^\| — +\| — +\| config store write \|.*\| — +\| 1\/1 +\| 2.0 s \|$/);
  });

  it('names what a trial got wrong', () => {
    expect(crashFindings(trial({}))).toEqual([]);
    expect(
      crashFindings(trial({ completed: false, nothingLost: false, configValid: false })),
    ).toEqual(['did not complete', 'LOST', 'CONFIG INVALID']);
  });
});

describe('injectionFor', () => {
  it('puts the slow page past the deadline and leaves reads without a partial batch', () => {
    expect(injectionFor('slowPage', 'import', 3000)).toEqual({
      kind: 'emulator',
      fault: { kind: 'slow', delayMs: 4500 },
    });
    expect(injectionFor('partialBatch', 'import', 3000).kind).toBe('notApplicable');
    expect(injectionFor('partialBatch', 'importDeleted', 3000).kind).toBe('notApplicable');
    expect(injectionFor('partialBatch', 'delete', 3000).kind).toBe('invalidRecords');
    expect(injectionFor('diskUnwritable', 'export', 3000).kind).toBe('immutableWorkFolder');
  });
});
