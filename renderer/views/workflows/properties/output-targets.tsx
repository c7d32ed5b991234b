import { HTMLSelect } from '@blueprintjs/core';
import type { Activity } from '../../../../shared/domain/workflows/activity-settings';
import { useTranslation } from 'react-i18next';
import { outputsOf, type Workflow } from '../../../../shared/domain/workflows/workflow-graph';
import { useWorkflowEditor } from '../../../stores/stores-context';
import { outputLabel } from '../../../stores/workflows/workflow-labels';

const none = '';

/**
 * Where each output leads: the keyboard's way to draw transitions (the diagram's handles are
 * for the mouse).
 */
export function OutputTargets({ activity, workflow }: { activity: Activity; workflow: Workflow }) {
  const { t } = useTranslation('workflows');
  const connect = useWorkflowEditor((s) => s.connect);
  const remove = useWorkflowEditor((s) => s.remove);
  const targets = workflow.activities.filter(
    (a) => a.id !== activity.id && a.type !== 'start' && a.type !== 'scheduler',
  );
  const outputs = outputsOf(activity);
  if (outputs.length === 0) return null;
  return (
    <fieldset className="workflow-grid-fieldset">
      <legend>{t('transitions.legend')}</legend>
      {outputs.map((output) => {
        const current = workflow.transitions.find(
          (t) => t.from === activity.id && t.output === output,
        );
        const label = outputLabel(output);
        return (
          <label key={output} className="workflow-output-target">
            <span>{t('transitions.leadsTo', { output: label })}</span>
            <HTMLSelect
              aria-label={t('transitions.select', { output: label })}
              value={current?.to ?? none}
              onChange={(e) => {
                const to = e.currentTarget.value;
                if (to === none) {
                  if (current) remove([], [current.id]);
                } else connect(activity.id, output, to);
              }}
              options={[
                { value: none, label: t('transitions.none') },
                ...targets.map((a) => ({ value: a.id, label: a.label || a.id })),
              ]}
            />
          </label>
        );
      })}
    </fieldset>
  );
}
