import { englishText } from '../../../../shared/i18n/message';
import type { ActivityProblem } from '../activity';

/** The English text of each problem a check found, as the tests read them. */
export async function problemTexts(
  problems: ActivityProblem[] | Promise<ActivityProblem[]> | undefined,
): Promise<string[]> {
  return ((await problems) ?? []).map((p) => englishText(p));
}
