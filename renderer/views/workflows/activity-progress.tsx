import { ProgressBar } from '@blueprintjs/core';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { formatNumber } from '../../i18n/formats';

/** "12,000 / 50,000 rows · 1,850 rows/s", with a bar (indeterminate without a total). */
export function ActivityProgress({
  progress,
}: {
  progress: NonNullable<ActivityRunView['progress']>;
}) {
  const { done, total, ratePerSecond } = progress;
  const text =
    `${formatNumber(done)}${total !== null ? ` / ${formatNumber(total)}` : ''} rows` +
    (ratePerSecond !== null ? ` · ${formatNumber(Math.round(ratePerSecond))} rows/s` : '');
  return (
    <div className="workflow-progress" role="group" aria-label="Progress">
      <ProgressBar
        value={total ? Math.min(1, done / total) : undefined}
        intent="primary"
        aria-label="Progress of the activity"
      />
      <span className="workflow-progress-text" data-testid="activity-progress">
        {text}
      </span>
    </div>
  );
}
