import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('takes the first preferred language the console speaks, by its base', () => {
    expect(pickLanguage(['fr-BE', 'en-US'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'it-CH', 'fr'])).toBe('it');
    expect(pickLanguage(['NL_nl'])).toBe('nl');
  });

  it('falls back to English when none is spoken', () => {
    expect(pickLanguage(['de-DE', 'es'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
