import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule behind DESIGN.md's one clock: main reads the time from the injected Clock. */
const eslint = new ESLint({ cwd: process.cwd() });

async function clockReads(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter(
    (m) => m.ruleId === 'no-restricted-syntax' && m.message.includes('injected Clock'),
  ).length;
}

describe('one clock', () => {
  it.each([
    'export const at = Date.now();\n',
    'export const at = new Date();\n',
    'export const at = Date();\n',
  ])('refuses a read of the system clock in a service: %s', async (code) => {
    expect(await clockReads('electron/services/x.ts', code)).toBe(1);
    expect(await clockReads('shared/domain/x.ts', code)).toBe(1);
  });

  it.each([
    'export const at = new Date(0);\n',
    "export const at = new Date('2026-01-01T00:00:00Z');\n",
    'export const at = (ms: number) => new Date(ms).toISOString();\n',
  ])('allows formatting a given instant: %s', async (code) => {
    expect(await clockReads('electron/services/x.ts', code)).toBe(0);
  });

  it('allows the clock module itself', async () => {
    expect(await clockReads('electron/core/clock.ts', 'export const at = Date.now();\n')).toBe(0);
  });
});
