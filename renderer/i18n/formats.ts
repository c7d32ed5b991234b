import { consoleI18n } from './console-i18n';

// Numbers, dates and times as the operator's language writes them ("10 000" in French,
// "10.000" in Dutch and Italian). Formatters cost more to create than to use: one per language.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  create: (locale: string) => F,
): F {
  const locale = consoleI18n.language || 'en';
  const key = `${kind}:${locale}`;
  let found = cache.get(key);
  if (!found) {
    found = create(locale);
    cache.set(key, found);
  }
  return found as F;
}

/** 10000 → "10,000" (en), "10 000" (fr), "10.000" (nl, it). */
export const formatNumber = (n: number): string =>
  formatter('number', (l) => new Intl.NumberFormat(l)).format(n);

/** An instant as date and time in the window's time zone. */
export const formatDateTime = (iso: string): string =>
  formatter(
    'datetime',
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'medium' }),
  ).format(new Date(iso));

/** An instant's time of day in the window's time zone. */
export const formatTime = (iso: string): string =>
  formatter('time', (l) => new Intl.DateTimeFormat(l, { timeStyle: 'medium' })).format(
    new Date(iso),
  );

/** 10000 → "10,000 rows", 1 → "1 row", in the window's language. */
export const formatRows = (n: number): string => consoleI18n.t('common:rows', { count: n });
