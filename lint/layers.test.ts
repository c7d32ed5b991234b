import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layers rule (ARCHITECTURE.md) and the package rules, on imports that keep or cross them. */
const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.ruleId ?? '');
}

const importing = (from: string) => `import { x as y } from '${from}';\nexport const x = y;\n`;

describe('layers', () => {
  it.each([
    ['shared/domain/x.ts', '../../electron/core/clock', 'shared is the bottom'],
    ['shared/domain/x.ts', '../../renderer/app/app', 'shared is the bottom'],
    ['renderer/views/x.ts', '../../electron/wiring/dispatcher', 'the renderer reaches only shared'],
    ['electron/core/x.ts', '../services/records/records-service', 'core is below services'],
    ['electron/core/x.ts', '../storage/config/config-store', 'core is below storage'],
    ['electron/storage/x.ts', '../connectors/registry', 'storage and connectors are apart'],
    [
      'electron/connectors/x.ts',
      '../storage/config/config-store',
      'connectors and storage are apart',
    ],
    [
      'electron/connectors/x.ts',
      '../services/accounts/accounts-service',
      'connectors are below services',
    ],
    ['electron/services/x.ts', '../wiring/composition-root', 'services are below wiring'],
    [
      'electron/services/x.ts',
      '../../emulators/salesforce/emulator',
      'no service imports an emulator',
    ],
    [
      'electron/connectors/x.ts',
      '../../emulators/demo-emulators',
      'no connector imports an emulator',
    ],
    ['electron/wiring/x.ts', '../browser-host/browser-host', 'wiring is below the hosts'],
    ['electron/wiring/x.ts', '../../renderer/app/app', 'main never imports the renderer'],
    [
      'emulators/salesforce/x.ts',
      '../../electron/services/records/records-service',
      'emulators stand beside the console',
    ],
    [
      'emulators/salesforce/x.ts',
      '../../electron/connectors/registry',
      'emulators stand beside the console',
    ],
  ])('refuses %s importing %s: %s', async (file, target) => {
    expect(await refusals(file, importing(target))).toEqual(['boundaries/dependencies']);
  });

  it.each([
    ['electron/shell/x.ts', '../wiring/composition-root'],
    ['electron/cli/x.ts', '../browser-host/run-browser-host'],
    ['electron/browser-host/x.ts', '../storage/data-file-error'],
    ['electron/wiring/x.ts', '../../emulators/demo-emulators'],
    ['electron/services/x.ts', '../connectors/registry'],
    ['electron/services/x.ts', '../storage/config/config-store'],
    ['electron/connectors/x.ts', '../core/clock'],
    ['electron/storage/x.ts', '../../shared/domain/records'],
    ['emulators/salesforce/x.ts', '../../electron/core/clock'],
    ['renderer/views/x.ts', '../../shared/contract'],
  ])('allows %s importing %s', async (file, target) => {
    expect(await refusals(file, importing(target))).toEqual([]);
  });

  it('lets a test reach the parts it tests', async () => {
    expect(
      await refusals(
        'electron/services/x.test.ts',
        importing('../../emulators/salesforce/emulator'),
      ),
    ).toEqual([]);
  });
});

describe('packages', () => {
  it.each([
    ['shared/domain/x.ts', 'node:fs'],
    ['shared/domain/x.ts', 'electron'],
    ['shared/domain/x.ts', 'react'],
    ['renderer/views/x.ts', 'node:path'],
    ['electron/services/x.ts', 'electron'],
    ['electron/storage/x.ts', 'electron'],
    ['emulators/framework/x.ts', 'electron'],
  ])('refuses %s using %s', async (file, module) => {
    expect(await refusals(file, importing(module))).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['electron/shell/x.ts', 'electron'],
    ['electron/services/x.ts', 'node:fs'],
    ['renderer/views/x.ts', 'zod'],
  ])('allows %s using %s', async (file, module) => {
    expect(await refusals(file, importing(module))).toEqual([]);
  });
});
