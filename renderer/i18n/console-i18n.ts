import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, namespaces } from '../../shared/i18n/catalogues';
import { type Language, languageSchema, pickLanguage } from '../../shared/i18n/languages';

/** Where the window keeps the last language used, for the logon screen before any operator. */
const storageKey = 'crm-console.language';

/** The language before anyone logs on: the last one used in this window, else the system's. */
export function machineLanguage(): Language {
  const kept = languageSchema.safeParse(window.localStorage.getItem(storageKey));
  return kept.success ? kept.data : pickLanguage(navigator.languages);
}

/** The one i18next instance of the window, shared by React (react-i18next) and plain modules. */
export const consoleI18n: I18n = i18next.createInstance();

export function initConsoleI18n(language: Language): I18n {
  void consoleI18n.use(initReactI18next).init({
    resources: catalogues,
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return consoleI18n;
}

/** Switches the window's language and remembers it for the next logon screen. */
export function switchLanguage(language: Language): void {
  window.localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  if (consoleI18n.language !== language) void consoleI18n.changeLanguage(language);
}
