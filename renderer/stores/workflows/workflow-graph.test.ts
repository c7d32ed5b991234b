import { describe, expect, it } from 'vitest';
import { workflowSchema, type Workflow } from '../../../shared/domain/workflows/workflow-graph';
import {
  addActivity,
  connect,
  newActivity,
  nextActivityId,
  removeElements,
  replaceActivity,
} from './workflow-graph';

const at = { x: 0, y: 0 };

function importWorkflow(): Workflow {
  let w: Workflow = { name: 'wkfImport', label: 'Import', activities: [], transitions: [] };
  for (const type of ['start', 'crmConnector', 'updateData', 'end'] as const)
    w = addActivity(w, newActivity(w, type, at));
  return w;
}

function joined(w: Workflow, from: string, output: 'ok' | 'reject' | 'error', to: string) {
  const result = connect(w, from, output, to);
  if (!result.ok) throw new Error(result.message);
  return result.workflow;
}

describe('workflow graph', () => {
  it('names activities after their type, Campaign-style', () => {
    const w = importWorkflow();
    expect(nextActivityId(w, 'query')).toBe('query');
    expect(nextActivityId(w, 'crmConnector')).toBe('crmConnector2');
    const scheduler = newActivity(w, 'scheduler', at);
    expect(scheduler).toMatchObject({
      id: 'scheduler',
      label: 'Scheduler',
      schedule: { kind: 'every' },
    });
  });

  it('builds a workflow the model accepts, one transition per output', () => {
    let w = importWorkflow();
    w = joined(w, 'start', 'ok', 'crmConnector');
    w = joined(w, 'crmConnector', 'ok', 'end');
    w = joined(w, 'crmConnector', 'ok', 'updateData');
    expect(
      w.transitions.filter((t) => t.from === 'crmConnector').map((t) => [t.output, t.to]),
    ).toEqual([['ok', 'updateData']]);
    expect(workflowSchema.safeParse(w).success).toBe(true);
  });

  it('refuses a transition from an output the activity does not offer, or into a Start', () => {
    const w = importWorkflow();
    expect(connect(w, 'crmConnector', 'reject', 'end')).toMatchObject({ ok: false });
    expect(connect(w, 'end', 'ok', 'start')).toMatchObject({ ok: false });
    expect(connect(w, 'crmConnector', 'ok', 'start')).toEqual({
      ok: false,
      message: 'A Start begins the workflow.',
    });
    expect(connect(w, 'updateData', 'ok', 'updateData')).toMatchObject({ ok: false });
  });

  it('drops the transitions of an output that is turned off', () => {
    let w = importWorkflow();
    const crm = w.activities.find((a) => a.id === 'crmConnector');
    if (crm?.type !== 'crmConnector') throw new Error('no crm');
    const withRejects = { ...crm, behavior: { ...crm.behavior, processRejects: true } };
    w = replaceActivity(w, withRejects);
    w = joined(w, 'crmConnector', 'reject', 'end');
    w = joined(w, 'crmConnector', 'ok', 'updateData');
    w = replaceActivity(w, {
      ...withRejects,
      behavior: { ...withRejects.behavior, processRejects: false },
    });
    expect(w.transitions.map((t) => t.output)).toEqual(['ok']);
  });

  it('removes an activity with the transitions that touch it', () => {
    let w = importWorkflow();
    w = joined(w, 'start', 'ok', 'crmConnector');
    w = joined(w, 'crmConnector', 'ok', 'updateData');
    w = joined(w, 'updateData', 'ok', 'end');
    const after = removeElements(w, ['crmConnector'], []);
    expect(after.activities.map((a) => a.id)).toEqual(['start', 'updateData', 'end']);
    expect(after.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['updateData>end']);
    expect(removeElements(w, [], ['t1']).transitions).toHaveLength(2);
  });
});
