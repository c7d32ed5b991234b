import type { Edge, Node } from '@xyflow/react';
import type { ActivityOutput } from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { ActivityRunView, RunView } from '../../../shared/domain/workflows/run-views';
import { outputsOf, type Workflow } from '../../../shared/domain/workflows/workflow-graph';
import type { EditorSelection } from '../../stores/workflows/workflow-editor-store';
import { consoleI18n } from '../../i18n/console-i18n';
import { formatRows } from '../../i18n/formats';
import { outputLabel } from '../../stores/workflows/workflow-labels';

export interface ActivityNodeData extends Record<string, unknown> {
  activity: Activity;
  outputs: ActivityOutput[];
  /** Its state in the run shown, if one is. */
  run: ActivityRunView | null;
}

export type ActivityNode = Node<ActivityNodeData, 'activity'>;

/** The nodes of the diagram: one per activity, with its outputs and run state. */
export function toNodes(
  workflow: Workflow,
  run: RunView | null,
  selection: EditorSelection | null,
): ActivityNode[] {
  return workflow.activities.map((activity) => ({
    id: activity.id,
    type: 'activity',
    position: activity.position,
    selected: selection?.kind === 'activity' && selection.id === activity.id,
    ariaLabel: consoleI18n.t('workflows:node.activity', { name: activity.label || activity.id }),
    data: { activity, outputs: outputsOf(activity), run: run?.activities[activity.id] ?? null },
  }));
}

/** What travelled along a transition in the run shown: the count of its output population. */
export function transitionCount(
  run: RunView | null,
  from: string,
  output: ActivityOutput,
): number | null {
  return run?.activities[from]?.outputs[output]?.count ?? null;
}

/** The edges: one per transition, labelled with the rows it carried in the run shown. */
export function toEdges(
  workflow: Workflow,
  run: RunView | null,
  selection: EditorSelection | null,
): Edge[] {
  return workflow.transitions.map((t) => {
    const count = transitionCount(run, t.from, t.output);
    return {
      id: t.id,
      source: t.from,
      sourceHandle: t.output,
      target: t.to,
      targetHandle: 'in',
      selected: selection?.kind === 'transition' && selection.id === t.id,
      className: `workflow-edge workflow-edge-${t.output}`,
      ariaLabel: consoleI18n.t('workflows:node.transition', {
        output: outputLabel(t.output),
        from: t.from,
        to: t.to,
      }),
      ...(count !== null ? { label: formatRows(count) } : {}),
    };
  });
}
