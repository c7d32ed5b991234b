import { dayMs, startOfDay } from '../datetime';

/** SOQL's relative date literals, in UTC (the emulated user's time zone is GMT). */

const withN = new Set([
  'LAST_N_DAYS',
  'NEXT_N_DAYS',
  'N_DAYS_AGO',
  'LAST_N_MONTHS',
  'NEXT_N_MONTHS',
]);
const withoutN = new Set([
  'YESTERDAY',
  'TODAY',
  'TOMORROW',
  'LAST_WEEK',
  'THIS_WEEK',
  'NEXT_WEEK',
  'LAST_MONTH',
  'THIS_MONTH',
  'NEXT_MONTH',
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
  'LAST_YEAR',
  'THIS_YEAR',
  'NEXT_YEAR',
]);

export function isRelativeDateName(name: string): boolean {
  return withN.has(name) || withoutN.has(name);
}

export function relativeDateTakesN(name: string): boolean {
  return withN.has(name);
}

function monthStart(ms: number, addMonths: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + addMonths, 1);
}

function yearStart(ms: number, addYears: number): number {
  return Date.UTC(new Date(ms).getUTCFullYear() + addYears, 0, 1);
}

/** The half-open range [start, end) of epoch milliseconds a relative date literal covers. */
export function relativeDateRange(name: string, n: number | null, now: number): [number, number] {
  const today = startOfDay(now);
  const week = today - new Date(today).getUTCDay() * dayMs;
  const count = n ?? 0;
  switch (name) {
    case 'YESTERDAY':
      return [today - dayMs, today];
    case 'TODAY':
      return [today, today + dayMs];
    case 'TOMORROW':
      return [today + dayMs, today + 2 * dayMs];
    case 'LAST_WEEK':
      return [week - 7 * dayMs, week];
    case 'THIS_WEEK':
      return [week, week + 7 * dayMs];
    case 'NEXT_WEEK':
      return [week + 7 * dayMs, week + 14 * dayMs];
    case 'LAST_MONTH':
      return [monthStart(now, -1), monthStart(now, 0)];
    case 'THIS_MONTH':
      return [monthStart(now, 0), monthStart(now, 1)];
    case 'NEXT_MONTH':
      return [monthStart(now, 1), monthStart(now, 2)];
    case 'LAST_90_DAYS':
      return [today - 90 * dayMs, today + dayMs];
    case 'NEXT_90_DAYS':
      return [today + dayMs, today + 91 * dayMs];
    case 'LAST_N_DAYS':
      return [today - count * dayMs, today + dayMs];
    case 'NEXT_N_DAYS':
      return [today + dayMs, today + (count + 1) * dayMs];
    case 'N_DAYS_AGO':
      return [today - count * dayMs, today - (count - 1) * dayMs];
    case 'LAST_N_MONTHS':
      return [monthStart(now, -count), monthStart(now, 0)];
    case 'NEXT_N_MONTHS':
      return [monthStart(now, 1), monthStart(now, count + 1)];
    case 'LAST_YEAR':
      return [yearStart(now, -1), yearStart(now, 0)];
    case 'THIS_YEAR':
      return [yearStart(now, 0), yearStart(now, 1)];
    case 'NEXT_YEAR':
      return [yearStart(now, 1), yearStart(now, 2)];
    default:
      throw new Error(`Unknown date literal ${name}`);
  }
}
