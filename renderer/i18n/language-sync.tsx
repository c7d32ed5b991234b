import { useEffect } from 'react';
import { useSession } from '../stores/stores-context';
import { switchLanguage } from './console-i18n';

/** Speaks the logged-on operator's language when they chose one; otherwise the window's. */
export function LanguageSync() {
  const language = useSession((s) => s.status?.operator?.language);
  useEffect(() => {
    if (language) switchLanguage(language);
  }, [language]);
  return null;
}
