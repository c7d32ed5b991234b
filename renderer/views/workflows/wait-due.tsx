import { Trans, useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/formats';

/** A waiting activity (Wait, or a Scheduler's next occurrence): "Waiting until 14:03:21". */
export function WaitDue({ until }: { until: string }) {
  const { t } = useTranslation('workflows');
  const due = new Date(until);
  return (
    <div className="workflow-progress workflow-progress-text" data-testid="wait-due">
      <Trans
        t={t}
        i18nKey="waitingUntil"
        values={{ time: formatTime(until) }}
        components={{ at: <time dateTime={due.toISOString()} /> }}
      />
    </div>
  );
}
