import { describe, expect, it } from 'vitest';
import {
  caseResultSchema,
  perSecond,
  ratio,
  ratiosOf,
  type CaseResult,
  type Contestant,
} from './case-result';
import { oracleImportReal, oracleRateBound } from './cases/dynamics-oracle-cases';
import { recordsPerSecondChart } from './chart';
import { caseTable } from './table';

/** A case result as the suite writes it, with figures made up for the test. */
const result: CaseResult = {
  name: 'salesforce-import-off',
  title: 'Salesforce import of Contacts',
  measuredAt: '2026-12-04T23:00:00.000Z',
  latency: 'off',
  rows: 1000,
  machine: { cpus: 2, loadAverageAtStart: 3.5, loadAverageAtEnd: 4 },
  contestants: [
    {
      name: 'raw download',
      role: 'reference',
      records: 1000,
      seconds: 0.5,
      recordsPerSecond: 2000,
      cpuSeconds: 0.1,
      peakRssMb: 100,
      worstEventLoopDelayMs: 5,
    },
    {
      name: 'pager',
      role: 'baseline',
      records: 1000,
      seconds: 2,
      recordsPerSecond: 500,
      cpuSeconds: 1,
      peakRssMb: 150,
      worstEventLoopDelayMs: 20,
    },
    {
      name: 'console import',
      role: 'console',
      records: 1000,
      seconds: 1,
      recordsPerSecond: 1000,
      cpuSeconds: 1.2,
      peakRssMb: 200,
      worstEventLoopDelayMs: 30,
    },
  ],
  ratios: { pager: 2 },
  target: { text: '≥ 1.2× the naive pager', figure: '2× the pager', met: true },
};

describe('the bench suite’s pure parts', () => {
  it('computes rates and ratios, and compares the console with the baselines only', () => {
    expect(perSecond(1000, 0.4)).toBe(2500);
    expect(perSecond(10, 0)).toBe(0);
    expect(ratio(1234, 1000)).toBe(1.23);
    expect(ratio(5, 0)).toBe(0);
    expect(ratiosOf(result.contestants)).toEqual({ pager: 2 });
    expect(() => ratiosOf(result.contestants.filter((c) => c.role !== 'console'))).toThrow(
      'needs the console',
    );
  });

  it('accepts the JSON a case writes and refuses one without its console or its machine', () => {
    expect(caseResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    expect(caseResultSchema.safeParse({ ...result, contestants: [] }).success).toBe(false);
    expect(caseResultSchema.safeParse({ ...result, machine: undefined }).success).toBe(false);
    expect(caseResultSchema.safeParse({ ...result, latency: 'fast' }).success).toBe(false);
  });

  it('prints a table with every contestant, the ratio, the load and the target', () => {
    const lines = caseTable(result).split('\n');
    expect(lines[0]).toContain('latency off');
    expect(lines[0]).toContain('load 3.5 → 4');
    expect(lines.find((l) => l.startsWith('console import *'))).toMatch(/1,000\s+1\s+1,000\s+1\.2/);
    expect(lines.find((l) => l.startsWith('raw download (ref.)'))).toBeDefined();
    expect(lines).toContain('console (*): 2× pager');
    expect(lines.at(-1)).toBe('target: ≥ 1.2× the naive pager — 2× the pager — met');
  });

  it('notes beside a contestant what the emulator spent serving it, and the contestant’s note', () => {
    const [raw, pager, subject] = result.contestants as [Contestant, Contestant, Contestant];
    const served = {
      ...result,
      contestants: [raw, { ...pager, emulatorCpuSeconds: 2.5, note: 'sent 500 of 1,000' }, subject],
    };
    expect(caseTable(served).split('\n').at(-1)).toBe(
      '  pager: the emulator spent 2.5 CPU s serving it; sent 500 of 1,000',
    );
  });

  it('computes the Oracle request-rate bound of the sessions used, and judges the console by it', () => {
    const bound = oracleRateBound(98_053, 2);
    expect(bound).toMatchObject({ role: 'reference', recordsPerSecond: 4000, seconds: 24.513 });
    const subject = {
      ...(result.contestants[2] as Contestant),
      recordsPerSecond: 3700,
      sessions: 2,
    };
    const target = oracleImportReal.target({ ...result, contestants: [subject, bound] });
    expect(target).toMatchObject({
      met: true,
      figure: '3,700 of 4,000 records/s (2 sessions): 92.5 %',
    });
    const slow = { ...subject, recordsPerSecond: 3500 };
    expect(oracleImportReal.target({ ...result, contestants: [slow, bound] }).met).toBe(false);
  });

  it('draws one bar per contestant, scaled within its case, with its figure', () => {
    const svg = recordsPerSecondChart([
      result,
      {
        ...result,
        name: 'alone',
        contestants: [result.contestants[2] as CaseResult['contestants'][number]],
      },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // The case with the console alone has nothing to compare: not drawn.
    expect(svg.match(/<rect x="300"/g)).toHaveLength(3);
    expect(svg).toContain('width="420" height="16" fill="#d4a72c"');
    expect(svg).toContain('width="210" height="16" fill="#1f6feb"');
    expect(svg).toContain('>1,000/s</text>');
    expect(svg).toContain('Salesforce import of Contacts (latency off, load 3.5)');
  });
});
