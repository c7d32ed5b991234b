import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep STYLE.md's folder boundaries, checked on imports that cross them. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('folder boundaries', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'shared/domain/x.ts',
      "import { x as y } from '../../renderer/app/app';\nexport const x = y;\n",
    ],
    [
      'renderer/views/x.ts',
      "import { x as y } from '../../electron/app/dispatcher';\nexport const x = y;\n",
    ],
    ['renderer/views/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'electron/storage/x.ts',
      "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n",
    ],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['electron/shell/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    ['renderer/views/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
