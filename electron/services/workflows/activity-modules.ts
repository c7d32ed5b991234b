import type { ActivityModules } from './activity';
import { crmConnectorActivity } from './activities/crm-connector/crm-connector';
import { deduplicationActivity } from './activities/deduplication';
import { fileImportActivity } from './activities/file-import';
import { endActivity } from './activities/end';
import { javascriptActivity } from './activities/javascript';
import { queryActivity } from './activities/query';
import { schedulerActivity } from './activities/scheduler';
import { startActivity } from './activities/start';
import { updateDataActivity } from './activities/update-data';
import { createWaitActivity } from './activities/wait';
import type { Sleep } from './timers';

export interface ActivityModulesDeps {
  /** How Wait sleeps (tests drive it). */
  sleep: Sleep;
}

/** Every activity type's module, as the engine runs them. */
export function createActivityModules(deps: ActivityModulesDeps): ActivityModules {
  return {
    start: startActivity,
    scheduler: schedulerActivity,
    query: queryActivity,
    crmConnector: crmConnectorActivity,
    fileImport: fileImportActivity,
    deduplication: deduplicationActivity,
    updateData: updateDataActivity,
    javascript: javascriptActivity,
    wait: createWaitActivity(deps.sleep),
    end: endActivity,
  };
}
