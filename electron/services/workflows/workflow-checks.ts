import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type { ActivityType } from '../../../shared/domain/workflows/activity-catalogue';
import type { StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import type { ActivityEnvironment, ActivityModule, ActivityModules } from './activity';
import { incomingColumns } from './population-columns';

/** A problem that keeps a workflow from starting, at the path of what it concerns. */
export interface WorkflowProblem {
  path: string;
  message: ConsoleMessage;
}

/** The problems that keep a workflow from starting, each under the activity it concerns. */
export async function checkWorkflow(
  workflow: StoredWorkflow,
  modules: ActivityModules,
  env: ActivityEnvironment,
): Promise<WorkflowProblem[]> {
  const issues: WorkflowProblem[] = [];
  if (!workflow.activities.some((a) => a.type === 'start' || a.type === 'scheduler'))
    issues.push({ path: 'activities', message: msg('messages:activityCheck.addStart') });
  const inputOf = incomingColumns(workflow, modules, env);
  for (const activity of workflow.activities) {
    const module = modules[activity.type] as ActivityModule<ActivityType>;
    for (const problem of (await module.check?.(activity, env, await inputOf(activity.id))) ?? [])
      issues.push({
        path: `activities.${activity.id}`,
        message: msg('messages:activityCheck.problem', {
          activity: activity.label || activity.id,
          problem,
        }),
      });
  }
  return issues;
}
