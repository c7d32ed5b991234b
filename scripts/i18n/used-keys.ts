import { readFileSync } from 'node:fs';
import * as parser from 'i18next-parser';
import { globSync } from 'tinyglobby';
import { z } from 'zod';
import { translationFunctions } from '../../shared/i18n/translation-functions';

/** A catalogue key the sources use, as `namespace:key`; plural when called with a count. */
export interface UsedKey {
  id: string;
  plural: boolean;
}

// i18next-parser's types leave its lexers out; its entries are read through a schema.
interface Lexer {
  extract(content: string, filename: string): unknown[];
}
const { JsxLexer } = parser as unknown as {
  JsxLexer: new (options: { functions: string[] }) => Lexer;
};
const entrySchema = z.looseObject({ key: z.string(), namespace: z.string().optional() });

const sourceGlobs = ['{renderer,electron,shared}/**/*.{ts,tsx}'];
const notSources = ['**/*.test.ts', '**/*.test.tsx', '**/*.d.ts', '**/test-support/**'];

/** Every key the console's sources pass to `t` or `msg`, found by i18next-parser's own lexer. */
export function usedKeys(root: string): UsedKey[] {
  const found = new Map<string, UsedKey>();
  for (const file of globSync(sourceGlobs, { cwd: root, ignore: notSources, absolute: true })) {
    // One lexer per file: a lexer keeps the namespace of the last `useTranslation('ns')` it
    // read, which would otherwise leak into the next file's `useTranslation()`.
    const lexer = new JsxLexer({ functions: [...translationFunctions] });
    for (const raw of lexer.extract(readFileSync(file, 'utf8'), file)) {
      const entry = entrySchema.parse(raw);
      const [ns, key] = entry.key.includes(':')
        ? (entry.key.split(':', 2) as [string, string])
        : [entry.namespace ?? 'common', entry.key];
      const id = `${ns}:${key}`;
      found.set(id, { id, plural: 'count' in entry || found.get(id)?.plural === true });
    }
  }
  return [...found.values()];
}
