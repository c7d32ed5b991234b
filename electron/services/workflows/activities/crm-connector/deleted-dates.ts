import { dateTimeProblem, partsOfMatch } from '../../../../../shared/domain/campaign-datetime';
import type { RightHandEvaluator } from '../../../../../shared/domain/crm-filter';
import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';

/** `yyyy.MM.dd` or `yyyy.MM.dd hh.mm.ss`, with any separators. */
const separated = /^(\d{4})\D(\d{1,2})\D(\d{1,2})(?:\D+(\d{1,2})\D(\d{1,2})\D(\d{1,2}))?$/;
const iso8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type DateBound = 'start' | 'end';

type DateProblem = 'enter' | 'notReal' | 'notEvaluated' | 'notDate';

/** What is wrong with a bound's text, worded for that bound (the two read differently). */
function problem(
  bound: DateBound,
  kind: DateProblem,
  params: { value?: string; cause?: string } = {},
): ConsoleMessage {
  const start = bound === 'start';
  switch (kind) {
    case 'enter':
      return start ? msg('messages:dates.start.enter') : msg('messages:dates.end.enter');
    case 'notReal':
      return start
        ? msg('messages:dates.start.notReal', params)
        : msg('messages:dates.end.notReal', params);
    case 'notEvaluated':
      return start
        ? msg('messages:dates.start.notEvaluated', params)
        : msg('messages:dates.end.notEvaluated', params);
    case 'notDate':
      return start
        ? msg('messages:dates.start.notDate', params)
        : msg('messages:dates.end.notDate', params);
  }
}

/**
 * A date of "Import objects deleted in CRM": a `yyyy.MM.dd[ hh.mm.ss]` text (UTC), an ISO 8601
 * string, or a JavaScript expression giving a Date. A day given without a time covers the whole
 * day, since both bounds are included. Returns the date or a sentence saying what is wrong.
 */
export async function parseDeletedDate(
  text: string,
  bound: DateBound,
  evaluate: RightHandEvaluator,
): Promise<Date | ConsoleMessage> {
  const value = text.trim();
  if (!value) return problem(bound, 'enter');
  const match = separated.exec(value);
  if (match) {
    const p = partsOfMatch(match);
    if (dateTimeProblem(p) !== null) return problem(bound, 'notReal', { value });
    const date = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
    const dayOnly = match[4] === undefined;
    return dayOnly && bound === 'end' ? new Date(date.getTime() + 86_400_000 - 1) : date;
  }
  if (iso8601.test(value)) {
    const dayOnly = value.length === 10;
    const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return problem(bound, 'notReal', { value });
    return dayOnly && bound === 'end' ? new Date(date.getTime() + 86_400_000 - 1) : date;
  }
  const [result] = await evaluate([value]);
  if (result?.kind === 'error')
    return problem(bound, 'notEvaluated', { value, cause: result.message });
  if (result?.kind !== 'date') return problem(bound, 'notDate', { value });
  return result.value;
}
