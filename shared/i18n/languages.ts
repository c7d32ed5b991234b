import { z } from 'zod';

/** The console's languages: those the product documentation is written in. */
export const languages = ['en', 'fr', 'nl', 'it'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/** Each language named in itself, as a language picker shows it. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
  it: 'Italiano',
};

/** The first of the system's preferred languages the console speaks ("fr-BE" → fr), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = languages.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
