import { dequal } from 'dequal';
import type { ActivityType } from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { Transition } from '../../../shared/domain/workflows/workflow-graph';
import type {
  ActivityEnvironment,
  ActivityModule,
  ActivityModules,
  PopulationColumns,
} from './activity';

/** The activities and transitions of a workflow, saved or a draft being edited. */
export interface WorkflowGraph {
  activities: readonly Activity[];
  transitions: readonly Transition[];
}

/**
 * The columns of the population reaching each activity, worked out from the settings upstream
 * before any run, so a mapping can be checked against them while it is edited. An activity
 * reached by populations of different shapes, or through one whose shape only the run knows,
 * gets null.
 */
export function incomingColumns(
  graph: WorkflowGraph,
  modules: ActivityModules,
  env: ActivityEnvironment,
): (activityId: string) => Promise<PopulationColumns> {
  const byId = new Map(graph.activities.map((a) => [a.id, a]));
  const memo = new Map<string, Promise<PopulationColumns | undefined>>();

  // undefined: the way back round a loop (a retry through Wait), which adds no shape of its own.
  const incoming = (
    id: string,
    visiting: ReadonlySet<string>,
  ): Promise<PopulationColumns | undefined> => {
    if (visiting.has(id)) return Promise.resolve(undefined);
    const known = visiting.size === 0 ? memo.get(id) : undefined;
    if (known) return known;
    const computed = (async () => {
      const inner = new Set([...visiting, id]);
      const arriving = graph.transitions.filter((t) => t.to === id);
      const shapes = (await Promise.all(arriving.map((t) => outgoing(t, inner)))).filter(
        (shape) => shape !== undefined,
      );
      if (arriving.length > 0 && shapes.length === 0) return undefined;
      const [first] = shapes;
      return first && shapes.every((s) => dequal(s, first)) ? first : null;
    })();
    if (visiting.size === 0) memo.set(id, computed);
    return computed;
  };

  const outgoing = async (
    transition: Transition,
    visiting: ReadonlySet<string>,
  ): Promise<PopulationColumns | undefined> => {
    const activity = byId.get(transition.from);
    if (!activity) return null;
    const input = await incoming(activity.id, visiting);
    if (input === undefined) return undefined;
    const module = modules[activity.type] as ActivityModule<ActivityType>;
    return module.outputColumns
      ? module.outputColumns(activity, transition.output, input, env)
      : null;
  };

  return async (activityId) => (await incoming(activityId, new Set())) ?? null;
}
