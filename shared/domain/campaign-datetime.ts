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

/** Returns the parts, or a sentence saying what is wrong with the text. */
export function parseCampaignDateTime(text: string): DateTimeParts | string {
  const match = pattern.exec(text.trim());
  if (!match)
    return `Expected a date in the format ${campaignDateTimeFormat}, e.g. 2026/01/31 23:59:00.`;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1) return 'Year must be 0001 or later.';
  if (month < 1 || month > 12) return `Month ${month} does not exist.`;
  if (day < 1 || day > daysInMonth(year, month)) return `Day ${day} does not exist in that month.`;
  if (hour > 23) return 'Hours run from 00 to 23.';
  if (minute > 59) return 'Minutes run from 00 to 59.';
  if (second > 59) return 'Seconds run from 00 to 59.';
  return { year, month, day, hour, minute, second };
}

const two = (n: number): string => String(n).padStart(2, '0');

export function formatCampaignDateTime(p: DateTimeParts): string {
  return `${String(p.year).padStart(4, '0')}/${two(p.month)}/${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}
