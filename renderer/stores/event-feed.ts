import type { ConsoleBridge } from '../../shared/bridge';
import type { ConsoleStores } from './console-stores';

/** The one subscriber to main's events: routes each to the store that owns its domain. */
export function connectEventFeed(bridge: ConsoleBridge, stores: ConsoleStores): () => void {
  return bridge.onEvent((event) => {
    switch (event.type) {
      case 'session.changed':
        stores.session.getState().applyStatus(event.status);
        break;
      case 'job.progress':
      case 'job.log':
      case 'job.finished':
        stores.jobs.getState().apply(event);
        break;
      case 'workflow.run':
      case 'workflow.log':
        stores.workflowRun.getState().apply(event);
        break;
    }
  });
}
