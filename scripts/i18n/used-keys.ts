import { readFileSync } from 'node:fs';
import * as parser from 'i18next-parser';
import { globSync } from 'tinyglobby';
import { z } from 'zod';
import keySources from '../../shared/i18n/key-sources.json' with { type: 'json' };

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

/** Every key the console's sources pass to `t` or `msg`, found by i18next-parser's own lexer. */
export function usedKeys(root: string): UsedKey[] {
  const found = new Map<string, UsedKey>();
  for (const file of globSync(keySources.sources, {
    cwd: root,
    ignore: keySources.notSources,
    absolute: true,
  })) {
    // A lexer per file: one keeps the namespace of the last `useTranslation` it read.
    const lexer = new JsxLexer({ functions: keySources.functions });
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
