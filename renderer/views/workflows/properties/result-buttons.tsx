import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { outputsOf } from '../../../../shared/domain/workflows/workflow-graph';
import { useWorkflowRun } from '../../../stores/stores-context';
import { selectedRun } from '../../../stores/workflows/workflow-run-store';
import { resultTargets } from '../result-targets';

/** "Display the target" for each population the activity produced in the run shown. */
export function ResultButtons({ activity }: { activity: Activity }) {
  const { t } = useTranslation('workflows');
  const run = useWorkflowRun(selectedRun);
  const openResult = useWorkflowRun((s) => s.openResult);
  const targets = resultTargets(
    activity,
    outputsOf(activity),
    run?.activities[activity.id] ?? null,
  );
  if (targets.length === 0) return null;
  return (
    <div className="workflow-results" role="group" aria-label={t('result.group')}>
      {targets.map((t) => (
        <Button
          key={t.output}
          icon="th"
          text={t.label}
          onClick={() => openResult(t.table, t.title)}
        />
      ))}
    </div>
  );
}
