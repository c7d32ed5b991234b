import 'i18next';
import type { english } from './catalogues';

// Every `t('ns:key')` is checked against the English catalogues at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof english;
  }
}
