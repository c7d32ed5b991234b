import { ProgressBar } from '@blueprintjs/core';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { useTranslation } from 'react-i18next';

/** "12,000 / 50,000 rows · 1,850 rows/s", with a bar (indeterminate without a total). */
export function ActivityProgress({
  progress,
}: {
  progress: NonNullable<ActivityRunView['progress']>;
}) {
  const { t } = useTranslation('workflows');
  const { done, total, ratePerSecond } = progress;
  const rows =
    total !== null ? t('progress.rowsOf', { done, total }) : t('progress.rows', { done });
  const text =
    ratePerSecond !== null
      ? t('progress.withRate', { rows, rate: Math.round(ratePerSecond) })
      : rows;
  return (
    <div className="workflow-progress" role="group" aria-label={t('progress.label')}>
      <ProgressBar
        value={total ? Math.min(1, done / total) : undefined}
        intent="primary"
        aria-label={t('progress.bar')}
      />
      <span className="workflow-progress-text" data-testid="activity-progress">
        {text}
      </span>
    </div>
  );
}
