import { Button, Callout, H5, Tab, Tabs } from '@blueprintjs/core';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { useTranslation } from 'react-i18next';
import { useWorkflowEditor, useWorkflowRun } from '../../../stores/stores-context';
import { selectedRun } from '../../../stores/workflows/workflow-run-store';
import { activityTypeLabel } from '../../../stores/workflows/workflow-labels';
import { reasonText } from '../../../i18n/message-text';
import { ActivityCheck } from './activity-check';
import { AdvancedTab } from './advanced-tab';
import { CrmBehaviorTab } from './crm/crm-behavior-tab';
import { CrmConnectorTab } from './crm/crm-connector-tab';
import { GeneralTab } from './general-tab';
import { OutputTargets } from './output-targets';
import { ResultButtons } from './result-buttons';

/** The property panel of the selected activity, with tabs as in Campaign. */
export function ActivityProperties() {
  const { t } = useTranslation('workflows');
  const draft = useWorkflowEditor((s) => s.draft);
  const selection = useWorkflowEditor((s) => s.selection);
  const update = useWorkflowEditor((s) => s.update);
  const removeSelection = useWorkflowEditor((s) => s.removeSelection);
  const runView = useWorkflowRun((s) =>
    selection?.kind === 'activity' ? selectedRun(s)?.activities[selection.id] : undefined,
  );
  const runError = runView?.error ? reasonText(runView.error, runView.errorText) : null;
  if (!draft || !selection) return <p className="workflow-muted">{t('properties.none')}</p>;
  if (selection.kind === 'transition')
    return (
      <div
        className="workflow-properties"
        role="region"
        aria-label={t('properties.transitionRegion')}
      >
        <H5>{t('properties.transition')}</H5>
        <Button
          icon="trash"
          intent="danger"
          text={t('properties.deleteTransition')}
          onClick={removeSelection}
        />
      </div>
    );
  const activity = draft.activities.find((a) => a.id === selection.id);
  if (!activity) return null;
  const onChange = (a: Activity) => update(a);
  // The CRM connector's own tabs as in Campaign; every other type has a General tab.
  const typeTabs =
    activity.type === 'crmConnector'
      ? [
          {
            id: 'crm',
            title: t('properties.tabs.crm'),
            panel: <CrmConnectorTab activity={activity} onChange={onChange} />,
          },
          {
            id: 'behavior',
            title: t('properties.tabs.behavior'),
            panel: <CrmBehaviorTab activity={activity} onChange={onChange} />,
          },
        ]
      : [
          {
            id: 'general',
            title: t('properties.tabs.general'),
            panel: <GeneralTab activity={activity} onChange={onChange} />,
          },
        ];
  return (
    <div
      className="workflow-properties"
      role="region"
      aria-label={t('properties.activityRegion')}
      key={activity.id}
    >
      <div className="workflow-properties-head">
        <H5>
          {activityTypeLabel(activity.type)} <span className="workflow-muted">({activity.id})</span>
        </H5>
        <Button
          icon="trash"
          intent="danger"
          variant="minimal"
          text={t('properties.deleteActivity')}
          onClick={removeSelection}
        />
      </div>
      {runError && (
        <Callout intent="danger" title={t('properties.runError')}>
          {runError}
        </Callout>
      )}
      <ActivityCheck activity={activity} />
      <ResultButtons activity={activity} />
      <Tabs id="workflow-activity-tabs" renderActiveTabPanelOnly>
        {typeTabs.map((tab) => (
          <Tab key={tab.id} {...tab} />
        ))}
        <Tab
          id="advanced"
          title={t('properties.tabs.advanced')}
          panel={<AdvancedTab activity={activity} onChange={onChange} />}
        />
      </Tabs>
      <OutputTargets activity={activity} workflow={draft} />
    </div>
  );
}
