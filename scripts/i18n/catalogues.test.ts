import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogues, namespaces } from '../../shared/i18n/catalogues';
import { languages } from '../../shared/i18n/languages';
import { usedKeys } from './used-keys';

// The build fails when a key is used but missing from a catalogue, or kept in one but used
// nowhere, or when a translation drops or renames a placeholder.
const root = fileURLToPath(new URL('../..', import.meta.url));

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [path, text] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(path, text);
  return out;
}

const plainKey = (id: string) => id.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('the catalogues', () => {
  const used = usedKeys(root);

  it('reads keys from the sources (the lexer works on this code)', () => {
    expect(used.map((u) => u.id)).toContain('shell:settings.language');
    expect(used.find((u) => u.id === 'common:rows')?.plural).toBe(true);
  });

  for (const language of languages) {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const expected = new Set(
      used.flatMap((u) => (u.plural ? categories.map((c) => `${u.id}_${c}`) : [u.id])),
    );
    const present = new Map<string, string>();
    for (const ns of namespaces)
      for (const [key, text] of flatten(catalogues[language][ns]))
        present.set(`${ns}:${key}`, text);

    it(`${language}: has every key the sources use, none empty`, () => {
      const missing = [...expected].filter((id) => !present.get(id)?.trim());
      expect(missing).toEqual([]);
    });

    it(`${language}: keeps no key the sources do not use`, () => {
      expect([...present.keys()].filter((id) => !expected.has(id))).toEqual([]);
    });

    it(`${language}: uses the same placeholders as English in every message`, () => {
      const english = new Map<string, string>();
      for (const ns of namespaces)
        for (const [key, text] of flatten(catalogues.en[ns]))
          english.set(plainKey(`${ns}:${key}`), text);
      const mismatched = [...present]
        .filter(([id, text]) => {
          const reference = english.get(plainKey(id));
          return reference !== undefined && placeholders(reference) !== placeholders(text);
        })
        .map(([id]) => id);
      expect(mismatched).toEqual([]);
    });
  }
});
