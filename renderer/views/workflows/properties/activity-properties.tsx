import { Button, Callout, H5, Tab, Tabs } from '@blueprintjs/core';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { activityTypeLabels } from '../../../../shared/domain/workflows/labels';
import { useWorkflowEditor, useWorkflowRun } from '../../../stores/stores-context';
import { selectedRun } from '../../../stores/workflows/workflow-run-store';
import { ActivityCheck } from './activity-check';
import { AdvancedTab } from './advanced-tab';
import { CrmBehaviorTab } from './crm/crm-behavior-tab';
import { CrmConnectorTab } from './crm/crm-connector-tab';
import { GeneralTab } from './general-tab';
import { OutputTargets } from './output-targets';
import { ResultButtons } from './result-buttons';

/** The property panel of the selected activity, with tabs as in Campaign. */
export function ActivityProperties() {
  const draft = useWorkflowEditor((s) => s.draft);
  const selection = useWorkflowEditor((s) => s.selection);
  const update = useWorkflowEditor((s) => s.update);
  const removeSelection = useWorkflowEditor((s) => s.removeSelection);
  const runError = useWorkflowRun((s) =>
    selection?.kind === 'activity'
      ? (selectedRun(s)?.activities[selection.id]?.error ?? null)
      : null,
  );
  if (!draft || !selection)
    return <p className="workflow-muted">Select an activity to edit its properties.</p>;
  if (selection.kind === 'transition')
    return (
      <div className="workflow-properties" role="region" aria-label="Transition properties">
        <H5>Transition</H5>
        <Button
          icon="trash"
          intent="danger"
          text="Delete the transition"
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
            title: 'CRM Connector',
            panel: <CrmConnectorTab activity={activity} onChange={onChange} />,
          },
          {
            id: 'behavior',
            title: 'Behavior',
            panel: <CrmBehaviorTab activity={activity} onChange={onChange} />,
          },
        ]
      : [
          {
            id: 'general',
            title: 'General',
            panel: <GeneralTab activity={activity} onChange={onChange} />,
          },
        ];
  return (
    <div
      className="workflow-properties"
      role="region"
      aria-label="Activity properties"
      key={activity.id}
    >
      <div className="workflow-properties-head">
        <H5>
          {activityTypeLabels[activity.type]}{' '}
          <span className="workflow-muted">({activity.id})</span>
        </H5>
        <Button
          icon="trash"
          intent="danger"
          variant="minimal"
          text="Delete the activity"
          onClick={removeSelection}
        />
      </div>
      {runError && (
        <Callout intent="danger" title="Error in the last run">
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
          title="Advanced"
          panel={<AdvancedTab activity={activity} onChange={onChange} />}
        />
      </Tabs>
      <OutputTargets activity={activity} workflow={draft} />
    </div>
  );
}
