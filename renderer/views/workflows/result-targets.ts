import type { ActivityOutput } from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import { activityOutputLabels } from '../../../shared/domain/workflows/labels';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { formatRows } from '../../i18n/formats';

export interface ResultTarget {
  output: ActivityOutput;
  table: string;
  /** "Display the target: OK (1,204 rows)". */
  label: string;
  /** The data explorer's title: "CRM connector — OK". */
  title: string;
}

/** The populations an activity produced in the run shown, each openable as a table. */
export function resultTargets(
  activity: Activity,
  outputs: readonly ActivityOutput[],
  run: ActivityRunView | null,
): ResultTarget[] {
  if (!run) return [];
  return outputs.flatMap((output) => {
    const population = run.outputs[output];
    if (!population) return [];
    const name = activityOutputLabels[output];
    return [
      {
        output,
        table: population.table,
        label: `Display the target: ${name} (${formatRows(population.count)})`,
        title: `${activity.label || activity.id} — ${name}`,
      },
    ];
  });
}
