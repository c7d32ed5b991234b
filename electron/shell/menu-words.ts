import i18next from 'i18next';
import { catalogues } from '../../shared/i18n/catalogues';
import { languages, type Language } from '../../shared/i18n/languages';
import type { ConsoleMessage } from '../../shared/i18n/message';

// The app menu is the one text main shows itself, so it words it from the catalogue; refusals
// and log lines stay keys for the window (or English for logs).
const menuI18n = i18next.createInstance();
void menuI18n.init({
  resources: Object.fromEntries(languages.map((l) => [l, { messages: catalogues[l].messages }])),
  lng: 'en',
  fallbackLng: 'en',
  ns: ['messages'],
  defaultNS: 'messages',
  // A menu label is plain text, never HTML.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
  initAsync: false,
});

/** A menu label in the given language. */
export function menuText(message: ConsoleMessage, language: Language): string {
  return menuI18n.t(message.key as never, { lng: language });
}
