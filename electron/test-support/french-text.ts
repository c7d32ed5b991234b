import i18next from 'i18next';
import { catalogues } from '../../shared/i18n/catalogues';
import { wordedParams, type ConsoleMessageData } from '../../shared/i18n/message';

const french = i18next.createInstance();
void french.init({
  resources: { fr: { messages: catalogues.fr.messages } },
  lng: 'fr',
  ns: ['messages'],
  defaultNS: 'messages',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * A main-process message worded in French from the catalogue, as a window set to French words
 * it (the window's own module needs the DOM, which main-process tests do not have).
 */
export function frenchText(message: ConsoleMessageData): string {
  return french.t(message.key as never, wordedParams(message.params, frenchText));
}
