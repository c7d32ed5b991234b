import type { EventBus } from '../../core/event-bus';
import type { RunStatus } from '../../../shared/domain/workflows/run-views';
import type { ServiceLog } from './service-log';

const levels = { info: 'info', warning: 'warn', error: 'error' } as const;

/**
 * What the administrator of a service reads in its log: each change of a run's state (the
 * progress events in between are left out), the runs' and jobs' log lines, and jobs' ends.
 */
export function logConsoleEvents(events: EventBus, log: ServiceLog): () => void {
  const statuses = new Map<string, RunStatus>();
  return events.subscribe((event) => {
    switch (event.type) {
      case 'workflow.run': {
        const { id, workflow, status, message } = event.run;
        if (statuses.get(id) === status) return;
        statuses.set(id, status);
        log.write(
          status === 'failed' ? 'error' : 'info',
          'run',
          `Workflow '${workflow}': run ${status}.${message ? ` ${message}` : ''}`,
          { workflow, runId: id, status },
        );
        return;
      }
      case 'workflow.log':
        log.write(levels[event.line.level], 'run-log', event.line.text, {
          runId: event.runId,
          activity: event.line.activity,
        });
        return;
      case 'job.log':
        log.write(levels[event.level], 'job-log', event.text, { jobId: event.jobId });
        return;
      case 'job.finished':
        log.write(
          event.outcome === 'failed' ? 'error' : 'info',
          'job',
          `Job ${event.outcome}.${event.message ? ` ${event.message}` : ''}`,
          { jobId: event.jobId, outcome: event.outcome },
        );
        return;
      default:
        return;
    }
  });
}
