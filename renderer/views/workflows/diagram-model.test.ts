import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/domain/workflows/activity-settings';
import type { RunView } from '../../../shared/domain/workflows/run-views';
import type { Workflow } from '../../../shared/domain/workflows/workflow-graph';
import { toEdges, toNodes } from './diagram-model';
import { resultTargets } from './result-targets';

const crm = activitySchema.parse({
  type: 'crmConnector',
  id: 'crmConnector',
  label: 'Contacts',
  position: { x: 10, y: 20 },
  behavior: { processRejects: true },
});
const workflow: Workflow = {
  name: 'wkf',
  label: 'W',
  activities: [
    crm,
    activitySchema.parse({ type: 'end', id: 'end', label: 'End', position: { x: 0, y: 0 } }),
  ],
  transitions: [
    { id: 't1', from: 'crmConnector', output: 'ok', to: 'end' },
    { id: 't2', from: 'crmConnector', output: 'reject', to: 'end' },
  ],
};
const run: RunView = {
  id: 'r1',
  workflow: 'wkf',
  version: 1,
  status: 'succeeded',
  startedAt: '2024-05-01T10:00:00.000Z',
  endedAt: null,
  message: null,
  vars: {},
  activities: {
    crmConnector: {
      state: 'done',
      executions: 1,
      input: null,
      outputs: {
        ok: { table: 'wkf_r1_ok', count: 1200 },
        reject: { table: 'wkf_r1_rej', count: 1 },
      },
      startedAt: null,
      endedAt: null,
      durationMs: null,
      progress: null,
      error: null,
    },
  },
};

describe('diagram model', () => {
  it('draws each activity with its outputs and run state, and marks the selection', () => {
    const nodes = toNodes(workflow, run, { kind: 'activity', id: 'end' });
    expect(nodes[0]).toMatchObject({
      id: 'crmConnector',
      position: { x: 10, y: 20 },
      selected: false,
      data: { outputs: ['ok', 'reject'], run: { state: 'done' } },
    });
    expect(nodes[1]).toMatchObject({ selected: true, data: { outputs: [], run: null } });
  });

  it('labels transitions with the rows they carried', () => {
    expect(toEdges(workflow, run, null).map((e) => [e.sourceHandle, e.label])).toEqual([
      ['ok', '1,200 rows'],
      ['reject', '1 row'],
    ]);
    expect(toEdges(workflow, null, null)[0]).not.toHaveProperty('label');
  });

  it('offers each output population as a table to display', () => {
    const targets = resultTargets(
      crm,
      ['ok', 'reject', 'error'],
      run.activities.crmConnector ?? null,
    );
    expect(targets).toEqual([
      {
        output: 'ok',
        table: 'wkf_r1_ok',
        label: 'Display the target: OK (1,200 rows)',
        title: 'Contacts — OK',
      },
      {
        output: 'reject',
        table: 'wkf_r1_rej',
        label: 'Display the target: Reject (1 row)',
        title: 'Contacts — Reject',
      },
    ]);
  });
});
