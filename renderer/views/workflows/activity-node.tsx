import { Icon } from '@blueprintjs/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/formats';
import { reasonText } from '../../i18n/message-text';
import {
  activityStateLabel,
  activityTypeLabel,
  outputLabel,
} from '../../stores/workflows/workflow-labels';
import { activityIcons, activityStateIcons } from './activity-icons';
import { ActivityProgress } from './activity-progress';
import type { ActivityNode } from './diagram-model';
import { WaitDue } from './wait-due';

/** Activities that begin a workflow take no inbound transition. */
const beginnings = new Set(['start', 'scheduler']);

/** One activity on the diagram: icon, label, run state and counts, one handle per output. */
export function ActivityNodeView({ data, selected }: NodeProps<ActivityNode>) {
  const { t } = useTranslation('workflows');
  const { activity, outputs, run } = data;
  const name = activity.label || activity.id;
  const state = run?.state ?? 'idle';
  const stateIcon = activityStateIcons[state];
  return (
    <div
      className={`workflow-node workflow-node-${state}${selected ? ' workflow-node-selected' : ''}`}
      data-testid={`activity-${activity.id}`}
      data-state={state}
    >
      {!beginnings.has(activity.type) && (
        <Handle
          type="target"
          id="in"
          position={Position.Left}
          title={t('node.input', { name })}
          data-testid={`handle-${activity.id}-in`}
        />
      )}
      <div className="workflow-node-head">
        <Icon
          icon={activityIcons[activity.type]}
          size={18}
          title={activityTypeLabel(activity.type)}
        />
        <span className="workflow-node-label">{name}</span>
        {stateIcon && (
          <Icon
            icon={stateIcon}
            className="workflow-node-state-icon"
            title={activityStateLabel(state)}
            data-testid={`activity-state-${activity.id}`}
          />
        )}
      </div>
      {run && run.executions > 0 && (
        <div className="workflow-node-counts" data-testid={`activity-counts-${activity.id}`}>
          {run.executions > 1 && <span>×{run.executions} </span>}
          {run.input !== null && <span>{formatNumber(run.input)} → </span>}
          {outputs
            .map((o) => {
              const count = run.outputs[o]?.count;
              return count === undefined ? null : `${outputLabel(o)} ${formatNumber(count)}`;
            })
            .filter((t) => t !== null)
            .join(' · ')}
        </div>
      )}
      {run?.state === 'running' && run.progress && <ActivityProgress progress={run.progress} />}
      {run?.waitingUntil && <WaitDue until={run.waitingUntil} />}
      {run?.error && <ActivityError error={run.error} errorText={run.errorText} />}
      <div className="workflow-node-outputs">
        {outputs.map((output) => (
          <div key={output} className={`workflow-node-output workflow-output-${output}`}>
            <span>{outputLabel(output)}</span>
            <Handle
              type="source"
              id={output}
              position={Position.Right}
              title={t('node.output', { output: outputLabel(output), name })}
              data-testid={`handle-${activity.id}-${output}`}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

/** Why the activity's last execution failed, in the window's language. */
function ActivityError({ error, errorText }: Pick<ActivityRunView, 'error' | 'errorText'>) {
  const text = reasonText(error ?? '', errorText);
  return (
    <div className="workflow-node-error" title={text}>
      {text}
    </div>
  );
}
