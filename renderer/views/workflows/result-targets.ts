import type { ActivityOutput } from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { consoleI18n } from '../../i18n/console-i18n';
import { formatRows } from '../../i18n/formats';
import { outputLabel } from '../../stores/workflows/workflow-labels';

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
    const name = outputLabel(output);
    return [
      {
        output,
        table: population.table,
        label: consoleI18n.t('workflows:result.display', {
          output: name,
          rows: formatRows(population.count),
        }),
        title: consoleI18n.t('workflows:result.title', {
          activity: activity.label || activity.id,
          output: name,
        }),
      },
    ];
  });
}
