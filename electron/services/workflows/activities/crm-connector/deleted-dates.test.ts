import { describe, expect, it } from 'vitest';
import {
  instantOfCampaignDateTime,
  isDateProblem,
} from '../../../../../shared/domain/campaign-datetime';
import type { RightHandEvaluator } from '../../../../../shared/domain/crm-filter';
import { englishText, type ConsoleMessage } from '../../../../../shared/i18n/message';
import { frenchText } from '../../../../test-support/french-text';
import { parseDeletedDate } from './deleted-dates';

// These texts are dates, never JavaScript: the evaluator is not reached.
const notEvaluated: RightHandEvaluator = () => {
  throw new Error('a date text was evaluated as JavaScript');
};

async function problemOf(text: string, bound: 'start' | 'end'): Promise<ConsoleMessage> {
  const parsed = await parseDeletedDate(text, bound, notEvaluated);
  if (parsed instanceof Date) throw new Error(`'${text}' was read as a date`);
  return parsed;
}

describe('date problems, worded for the administrator', () => {
  it('says what is wrong with a bound of the deletion window, in English and in French', async () => {
    const empty = await problemOf('  ', 'start');
    expect(englishText(empty)).toBe('Enter the start date.');
    expect(frenchText(empty)).toBe('Saisissez la date de début.');
    const unreal = await problemOf('2026.02.30', 'end');
    expect(englishText(unreal)).toBe("The end date '2026.02.30' is not a real date.");
    expect(frenchText(unreal)).toBe("La date de fin '2026.02.30' n'est pas une date réelle.");
  });

  it("says what is wrong with an option's date-time, in English and in French", () => {
    const wrongDay = instantOfCampaignDateTime('2026/04/31 00:00:00');
    const wrongForm = instantOfCampaignDateTime('31/01/2026');
    if (!isDateProblem(wrongDay) || !isDateProblem(wrongForm)) throw new Error('read as dates');
    expect(englishText(wrongDay)).toBe('Day 31 does not exist in that month.');
    expect(frenchText(wrongDay)).toBe("Le jour 31 n'existe pas dans ce mois.");
    expect(englishText(wrongForm)).toBe(
      'Expected a date in the format yyyy/MM/dd hh:mm:ss, e.g. 2026/01/31 23:59:00.',
    );
    expect(frenchText(wrongForm)).toBe(
      'Date attendue au format yyyy/MM/dd hh:mm:ss, par exemple 2026/01/31 23:59:00.',
    );
  });
});
