import { Callout, Icon } from '@blueprintjs/core';
import type { IconName } from '@blueprintjs/icons';
import type { RunLogLine } from '../../../shared/domain/workflows';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';

const levelIcons: Record<
  RunLogLine['level'],
  { icon: IconName; intent: 'primary' | 'warning' | 'danger' }
> = {
  info: { icon: 'info-sign', intent: 'primary' },
  warning: { icon: 'warning-sign', intent: 'warning' },
  error: { icon: 'error', intent: 'danger' },
};

const timeOf = (at: string) => new Date(at).toLocaleTimeString();

/** The run log: the lines read back and those arriving live, each with its activity. */
export function RunLogPanel() {
  const log = useWorkflowRun((s) => s.log);
  const logError = useWorkflowRun((s) => s.logError);
  const runId = useWorkflowRun((s) => s.runId);
  const activities = useWorkflowEditor((s) => s.draft?.activities);
  const labelOf = (id: string | null) =>
    id === null ? '' : (activities?.find((a) => a.id === id)?.label ?? id);
  if (!runId) return <p className="workflow-muted workflow-log-empty">No run yet: press Start.</p>;
  return (
    <div className="workflow-log" role="log" aria-label="Run log" data-testid="run-log">
      {logError && <Callout intent="danger">{logError}</Callout>}
      <table className="workflow-log-table">
        <tbody>
          {log.map((line) => {
            const level = levelIcons[line.level];
            return (
              <tr key={line.seq} className={`workflow-log-${line.level}`} data-level={line.level}>
                <td>
                  <Icon icon={level.icon} intent={level.intent} title={line.level} />
                </td>
                <td className="workflow-log-time">{timeOf(line.at)}</td>
                <td className="workflow-log-activity">{labelOf(line.activity)}</td>
                <td className="workflow-log-text">{line.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
