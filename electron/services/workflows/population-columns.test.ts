import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientsTable, recipientsTableName } from '../../../shared/domain/recipients';
import {
  activitySchema,
  type ActivityInput,
} from '../../../shared/domain/workflows/activity-settings';
import type { Transition } from '../../../shared/domain/workflows/workflow-graph';
import { createActivityModules } from './activity-modules';
import { incomingColumns } from './population-columns';
import { openActivityHarness, type ActivityHarness } from './test-support/activity-harness';

const at = { x: 0, y: 0 };
const activities = (inputs: ActivityInput[]) => inputs.map((a) => activitySchema.parse(a));
const link = (from: string, to: string, output: Transition['output'] = 'ok'): Transition => ({
  id: `${from}-${to}`,
  from,
  output,
  to,
});
// Wait never sleeps here: only the shapes of the populations are worked out.
const modules = createActivityModules({ sleep: () => Promise.resolve() });

describe('the columns of the population reaching an activity, before any run', () => {
  let h: ActivityHarness;
  beforeEach(async () => {
    h = await openActivityHarness({ engine: 'sqlite' });
    await h.env.records.ensureTable(recipientsTable);
  });
  afterEach(() => h.dispose());

  const graph = activities([
    { type: 'start', id: 'start', label: 'Start', position: at },
    { type: 'query', id: 'query', label: 'Query', position: at, table: recipientsTableName },
    { type: 'deduplication', id: 'dedup', label: 'Dedup', position: at, keys: ['email'] },
    { type: 'updateData', id: 'update', label: 'Update', position: at, processRejects: true },
    { type: 'wait', id: 'wait', label: 'Wait', position: at, seconds: 60 },
    {
      type: 'fileImport',
      id: 'file',
      label: 'File',
      position: at,
      columns: [{ name: 'code', label: 'Code', type: 'string' }],
    },
    { type: 'end', id: 'end', label: 'End', position: at },
  ]);

  it('follows the settings upstream, through activities that pass their input on and round a retry loop', async () => {
    const columnsAt = incomingColumns(
      {
        activities: graph,
        transitions: [
          link('start', 'query'),
          link('query', 'dedup'),
          link('dedup', 'update'),
          link('update', 'wait', 'reject'),
          link('wait', 'update'),
          link('update', 'end'),
        ],
      },
      modules,
      h.env,
    );
    expect(await columnsAt('start')).toBeNull();
    expect(await columnsAt('update')).toEqual(recipientsTable.columns);
    expect((await columnsAt('wait'))?.map((c) => c.name)).toEqual([
      ...recipientsTable.columns.map((c) => c.name),
      'errorSymbol',
      'errorMessage',
    ]);
  });

  it('gives up where populations of different shapes meet, or the table is gone', async () => {
    const transitions = [
      link('start', 'query'),
      link('start', 'file'),
      link('query', 'update'),
      link('file', 'update'),
      link('file', 'end'),
    ];
    const columnsAt = incomingColumns({ activities: graph, transitions }, modules, h.env);
    expect(await columnsAt('update')).toBeNull();
    expect(await columnsAt('end')).toEqual([
      { name: 'fileLine', label: 'Line in the file', type: 'int64' },
      { name: 'code', label: 'Code', type: 'string', length: 4000 },
    ]);
    const straight = {
      activities: graph,
      transitions: [link('start', 'query'), link('query', 'update')],
    };
    expect(await incomingColumns(straight, modules, h.env)('update')).toEqual(
      recipientsTable.columns,
    );
    await h.env.records.dropTable(recipientsTableName);
    expect(await incomingColumns(straight, modules, h.env)('update')).toBeNull();
  });
});
