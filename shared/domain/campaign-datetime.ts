import { msg, type ConsoleMessage } from '../i18n/message';

/**
 * The `yyyy/MM/dd hh:mm:ss` format the seed gives for `LASTIMPORT_…` options (24-hour clock).
 * Pure string ↔ parts conversion: the value carries no time zone.
 */
const pattern = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export const campaignDateTimeFormat = 'yyyy/MM/dd hh:mm:ss';

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts in groups 1 to 6 of a date-time pattern's match; a group left out counts as 0. */
export function partsOfMatch(match: RegExpExecArray): DateTimeParts {
  const group = (i: number) => Number(match[i] ?? 0);
  return {
    year: group(1),
    month: group(2),
    day: group(3),
    hour: group(4),
    minute: group(5),
    second: group(6),
  };
}

/** What makes the parts no real date and 24-hour time, or null when they are one. */
export function dateTimeProblem(p: DateTimeParts): ConsoleMessage | null {
  if (p.year < 1) return msg('messages:dates.yearFrom1');
  if (p.month < 1 || p.month > 12) return msg('messages:dates.noMonth', { month: p.month });
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month))
    return msg('messages:dates.noDay', { day: p.day });
  if (p.hour > 23) return msg('messages:dates.hours');
  if (p.minute > 59) return msg('messages:dates.minutes');
  if (p.second > 59) return msg('messages:dates.seconds');
  return null;
}

/** Whether a parse gave the sentence saying what is wrong rather than a value. */
export function isDateProblem<T extends object>(
  result: T | ConsoleMessage,
): result is ConsoleMessage {
  return 'key' in result;
}

/** Returns the parts, or a sentence saying what is wrong with the text. */
export function parseCampaignDateTime(text: string): DateTimeParts | ConsoleMessage {
  const match = pattern.exec(text.trim());
  if (!match)
    return msg('messages:dates.expectedFormat', {
      format: campaignDateTimeFormat,
      example: '2026/01/31 23:59:00',
    });
  const parts = partsOfMatch(match);
  return dateTimeProblem(parts) ?? parts;
}

const two = (n: number): string => String(n).padStart(2, '0');

export function formatCampaignDateTime(p: DateTimeParts): string {
  return `${String(p.year).padStart(4, '0')}/${two(p.month)}/${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

/** An instant as the `LASTIMPORT_…` options hold it: its UTC wall-clock time. */
export function campaignDateTimeOf(date: Date): string {
  return formatCampaignDateTime({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  });
}

/** The instant such an option's text names, read as UTC; the problem when it names none. */
export function instantOfCampaignDateTime(text: string): Date | ConsoleMessage {
  const p = parseCampaignDateTime(text);
  return isDateProblem(p)
    ? p
    : new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}
