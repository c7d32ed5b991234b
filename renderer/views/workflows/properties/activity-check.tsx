import { Callout, Intent } from '@blueprintjs/core';
import { useEffect } from 'react';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { useWorkflowLookups } from '../../../stores/stores-context';

/**
 * What Start would refuse in this activity, checked by the service on each change of the draft,
 * so that a mistake shows while it is made rather than when the workflow is started.
 */
export function ActivityCheck({ activity }: { activity: Activity }) {
  const check = useWorkflowLookups((s) => s.checkActivity);
  const result = useWorkflowLookups((s) => s.activityCheck);
  useEffect(() => void check(activity), [check, activity]);
  if (result.status === 'failed')
    return (
      <Callout intent={Intent.WARNING} title="The settings could not be checked">
        {result.error}
      </Callout>
    );
  if (result.status !== 'ready' || result.value.id !== activity.id) return null;
  const { problems } = result.value;
  if (problems.length === 0) return null;
  return (
    <Callout
      intent={Intent.WARNING}
      title="Before this activity can run"
      role="status"
      data-testid="activity-check"
    >
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Callout>
  );
}
