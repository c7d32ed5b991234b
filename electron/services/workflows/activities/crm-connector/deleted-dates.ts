import { dateTimeProblem, partsOfMatch } from '../../../../../shared/domain/campaign-datetime';
import type { RightHandEvaluator } from '../../../../../shared/domain/crm-filter';

/** `yyyy.MM.dd` or `yyyy.MM.dd hh.mm.ss`, with any separators. */
const separated = /^(\d{4})\D(\d{1,2})\D(\d{1,2})(?:\D+(\d{1,2})\D(\d{1,2})\D(\d{1,2}))?$/;
const iso8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type DateBound = 'start' | 'end';

/**
 * A date of "Import objects deleted in CRM": a `yyyy.MM.dd[ hh.mm.ss]` text (UTC), an ISO 8601
 * string, or a JavaScript expression giving a Date. A day given without a time covers the whole
 * day, since both bounds are included. Returns the date or a sentence saying what is wrong.
 */
export async function parseDeletedDate(
  text: string,
  bound: DateBound,
  evaluate: RightHandEvaluator,
): Promise<Date | string> {
  const label = bound === 'start' ? 'start date' : 'end date';
  const value = text.trim();
  if (!value) return `Enter the ${label}.`;
  const match = separated.exec(value);
  if (match) {
    const p = partsOfMatch(match);
    if (dateTimeProblem(p) !== null) return `The ${label} '${value}' is not a real date.`;
    const date = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
    const dayOnly = match[4] === undefined;
    return dayOnly && bound === 'end' ? new Date(date.getTime() + 86_400_000 - 1) : date;
  }
  if (iso8601.test(value)) {
    const dayOnly = value.length === 10;
    const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return `The ${label} '${value}' is not a real date.`;
    return dayOnly && bound === 'end' ? new Date(date.getTime() + 86_400_000 - 1) : date;
  }
  const [result] = await evaluate([value]);
  if (result?.kind === 'error')
    return `The ${label} '${value}' cannot be evaluated in JavaScript: ${result.message}`;
  if (result?.kind !== 'date')
    return `The ${label} '${value}' must give a date (yyyy.MM.dd, yyyy.MM.dd hh.mm.ss, ISO 8601, or a JavaScript Date).`;
  return result.value;
}
