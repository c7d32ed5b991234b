import { Callout, Intent } from '@blueprintjs/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { messageText } from '../../../i18n/message-text';
import { useWorkflowEditor, useWorkflowLookups } from '../../../stores/stores-context';

/** Typing pauses this long before the draft is checked again: one call per pause, not per key. */
const settleMs = 250;

/**
 * What Start would refuse in this activity, checked by the service as the draft changes (with
 * the draft's graph, so a mapping is checked against the population that reaches it), so that
 * a mistake shows while it is made rather than when the workflow is started.
 */
export function ActivityCheck({ activity }: { activity: Activity }) {
  const { t } = useTranslation('workflows');
  const check = useWorkflowLookups((s) => s.checkActivity);
  const result = useWorkflowLookups((s) => s.activityCheck);
  const activities = useWorkflowEditor((s) => s.draft?.activities);
  const transitions = useWorkflowEditor((s) => s.draft?.transitions);
  useEffect(() => {
    const graph = activities && transitions ? { activities, transitions } : undefined;
    const timer = setTimeout(() => void check(activity, graph), settleMs);
    return () => clearTimeout(timer);
  }, [check, activity, activities, transitions]);
  if (result.status === 'failed')
    return (
      <Callout intent={Intent.WARNING} title={t('check.failed')}>
        {result.error}
      </Callout>
    );
  if (result.status !== 'ready' || result.value.id !== activity.id) return null;
  const { problems } = result.value;
  if (problems.length === 0) return null;
  return (
    <Callout
      intent={Intent.WARNING}
      title={t('check.title')}
      role="status"
      data-testid="activity-check"
    >
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{messageText(problem)}</li>
        ))}
      </ul>
    </Callout>
  );
}
