import type {
  ActivityOutput,
  ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import { activitySchema, type Activity } from '../../../shared/domain/workflows/activity-settings';
import {
  outputsOf,
  type Transition,
  type Workflow,
} from '../../../shared/domain/workflows/workflow-graph';
import { consoleI18n } from '../../i18n/console-i18n';
import { activityTypeLabel } from './workflow-labels';

/** Campaign names activities after their type: `query`, then `query2`, `query3`... */
export function nextActivityId(workflow: Workflow, type: ActivityType): string {
  const used = new Set(workflow.activities.map((a) => a.id));
  if (!used.has(type)) return type;
  let n = 2;
  while (used.has(`${type}${n}`)) n += 1;
  return `${type}${n}`;
}

/** A new activity with the model's defaults; the scheduler, which has none, runs hourly. */
export function newActivity(
  workflow: Workflow,
  type: ActivityType,
  position: { x: number; y: number },
): Activity {
  return activitySchema.parse({
    type,
    id: nextActivityId(workflow, type),
    label: activityTypeLabel(type),
    position,
    ...(type === 'scheduler' ? { schedule: { kind: 'every', minutes: 60 } } : {}),
  });
}

export function addActivity(workflow: Workflow, activity: Activity): Workflow {
  return { ...workflow, activities: [...workflow.activities, activity] };
}

/**
 * Replaces an activity. Transitions leaving by an output the activity no longer offers go
 * with it, as in Campaign when "Process rejects" is unticked.
 */
export function replaceActivity(workflow: Workflow, activity: Activity): Workflow {
  const outputs = outputsOf(activity);
  return {
    ...workflow,
    activities: workflow.activities.map((a) => (a.id === activity.id ? activity : a)),
    transitions: workflow.transitions.filter(
      (t) => t.from !== activity.id || outputs.includes(t.output),
    ),
  };
}

export function moveActivity(
  workflow: Workflow,
  id: string,
  position: { x: number; y: number },
): Workflow {
  return {
    ...workflow,
    activities: workflow.activities.map((a) => (a.id === id ? { ...a, position } : a)),
  };
}

/** Removes activities with every transition that touches them, and transitions by id. */
export function removeElements(
  workflow: Workflow,
  activityIds: readonly string[],
  transitionIds: readonly string[],
): Workflow {
  const gone = new Set(activityIds);
  const cut = new Set(transitionIds);
  return {
    ...workflow,
    activities: workflow.activities.filter((a) => !gone.has(a.id)),
    transitions: workflow.transitions.filter(
      (t) => !cut.has(t.id) && !gone.has(t.from) && !gone.has(t.to),
    ),
  };
}

function nextTransitionId(workflow: Workflow): string {
  const used = new Set(workflow.transitions.map((t) => t.id));
  let n = 1;
  while (used.has(`t${n}`)) n += 1;
  return `t${n}`;
}

export type ConnectResult = { ok: true; workflow: Workflow } | { ok: false; message: string };

/**
 * Joins an output to an activity. One transition per output, as in Campaign: a new one
 * replaces the old. An activity cannot feed itself directly (a loop goes through Wait).
 */
export function connect(
  workflow: Workflow,
  from: string,
  output: ActivityOutput,
  to: string,
): ConnectResult {
  const source = workflow.activities.find((a) => a.id === from);
  const target = workflow.activities.find((a) => a.id === to);
  if (!source || !target) return { ok: false, message: consoleI18n.t('workflows:connect.missing') };
  if (from === to) return { ok: false, message: consoleI18n.t('workflows:connect.itself') };
  if (!outputsOf(source).includes(output))
    return {
      ok: false,
      message: consoleI18n.t('workflows:connect.noOutput', {
        activity: source.label || source.id,
        output,
      }),
    };
  if (target.type === 'start' || target.type === 'scheduler')
    return {
      ok: false,
      message: consoleI18n.t('workflows:connect.beginning', {
        activity: activityTypeLabel(target.type),
      }),
    };
  const transition: Transition = { id: nextTransitionId(workflow), from, output, to };
  return {
    ok: true,
    workflow: {
      ...workflow,
      transitions: [
        ...workflow.transitions.filter((t) => !(t.from === from && t.output === output)),
        transition,
      ],
    },
  };
}
