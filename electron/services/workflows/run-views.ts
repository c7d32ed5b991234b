import type { ActivityRunView, RunView } from '../../../shared/domain/workflows/run-views';
import type { Workflow } from '../../../shared/domain/workflows/workflow-graph';
import type { RunRecord } from '../../storage/runs/run-record';
import type { StoredRun } from '../../storage/runs/run-store';

export function idleActivityView(): ActivityRunView {
  return {
    state: 'idle',
    executions: 0,
    input: null,
    outputs: {},
    startedAt: null,
    endedAt: null,
    durationMs: null,
    progress: null,
    error: null,
  };
}

export function idleActivityViews(workflow: Workflow): Record<string, ActivityRunView> {
  return Object.fromEntries(workflow.activities.map((a) => [a.id, idleActivityView()]));
}

/** What the renderer sees of a run: a copy, so later changes do not leak into sent events. */
export function runViewOf(record: RunRecord): RunView {
  return structuredClone({
    id: record.id,
    workflow: record.workflow,
    version: record.snapshot.version,
    status: record.status,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    message: record.message,
    activities: record.activities,
    vars: record.vars,
  });
}

/** A run whose `run.json` cannot be read: shown as failed, with the reason. */
export function brokenRunView(run: Extract<StoredRun, { kind: 'broken' }>): RunView {
  return {
    id: run.id,
    workflow: run.workflow ?? '',
    version: run.version,
    status: 'failed',
    startedAt: run.startedAt ?? new Date(0).toISOString(),
    endedAt: null,
    message: run.reason,
    activities: {},
    vars: {},
  };
}
