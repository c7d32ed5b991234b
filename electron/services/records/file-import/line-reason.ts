import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';

/** A value of a file's line that its column cannot take, named by the column's label. */
export interface ColumnProblem {
  label: string;
  problem: ConsoleMessage;
}

/**
 * Why a line is refused: one sentence per column whose value does not fit, in column order
 * (each sentence a message of its own, so the reason is worded in the reader's language).
 */
export function lineReason(problems: readonly ColumnProblem[]): ConsoleMessage | null {
  return problems
    .map(({ label, problem }) => msg('messages:rejects.columnProblem', { column: label, problem }))
    .reduceRight<ConsoleMessage | null>(
      (rest, first) => (rest ? msg('messages:rejects.followedBy', { first, rest }) : first),
      null,
    );
}
