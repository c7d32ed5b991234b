import type {
  ActivityOutput,
  ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import type { ErrorHandling } from '../../../shared/domain/workflows/common-settings';
import type {
  Conversion,
  CrmOperation,
} from '../../../shared/domain/workflows/crm-connector-settings';
import type { ActivityState, RunStatus } from '../../../shared/domain/workflows/run-views';
import type { UpdateOperation } from '../../../shared/domain/workflows/update-data-settings';
import { consoleI18n } from '../../i18n/console-i18n';

// The words for each value, in the window's language when they are asked for. A switch per
// value type, so that TypeScript refuses a value without its words and the key check reads
// every key.

/** The activity types as Campaign's palette names them. */
export function activityTypeLabel(type: ActivityType): string {
  switch (type) {
    case 'start':
      return consoleI18n.t('workflows:activity.start');
    case 'scheduler':
      return consoleI18n.t('workflows:activity.scheduler');
    case 'query':
      return consoleI18n.t('workflows:activity.query');
    case 'crmConnector':
      return consoleI18n.t('workflows:activity.crmConnector');
    case 'fileImport':
      return consoleI18n.t('workflows:activity.fileImport');
    case 'deduplication':
      return consoleI18n.t('workflows:activity.deduplication');
    case 'updateData':
      return consoleI18n.t('workflows:activity.updateData');
    case 'javascript':
      return consoleI18n.t('workflows:activity.javascript');
    case 'wait':
      return consoleI18n.t('workflows:activity.wait');
    case 'end':
      return consoleI18n.t('workflows:activity.end');
  }
}

export function outputLabel(output: ActivityOutput): string {
  switch (output) {
    case 'ok':
      return consoleI18n.t('workflows:output.ok');
    case 'reject':
      return consoleI18n.t('workflows:output.reject');
    case 'error':
      return consoleI18n.t('workflows:output.error');
  }
}

export function activityStateLabel(state: ActivityState): string {
  switch (state) {
    case 'idle':
      return consoleI18n.t('workflows:state.idle');
    case 'pending':
      return consoleI18n.t('workflows:state.pending');
    case 'running':
      return consoleI18n.t('workflows:state.running');
    case 'done':
      return consoleI18n.t('workflows:state.done');
    case 'failed':
      return consoleI18n.t('workflows:state.failed');
    case 'ignored':
      return consoleI18n.t('workflows:state.ignored');
  }
}

export function runStatusLabel(status: RunStatus): string {
  switch (status) {
    case 'running':
      return consoleI18n.t('workflows:status.running');
    case 'paused':
      return consoleI18n.t('workflows:status.paused');
    case 'suspended':
      return consoleI18n.t('workflows:status.suspended');
    case 'succeeded':
      return consoleI18n.t('workflows:status.succeeded');
    case 'failed':
      return consoleI18n.t('workflows:status.failed');
    case 'cancelled':
      return consoleI18n.t('workflows:status.cancelled');
    case 'interrupted':
      return consoleI18n.t('workflows:status.interrupted');
  }
}

/** "Run failed": the title of a run that stopped. */
export function runStoppedTitle(status: RunStatus): string {
  switch (status) {
    case 'running':
      return consoleI18n.t('workflows:stopped.running');
    case 'paused':
      return consoleI18n.t('workflows:stopped.paused');
    case 'suspended':
      return consoleI18n.t('workflows:stopped.suspended');
    case 'succeeded':
      return consoleI18n.t('workflows:stopped.succeeded');
    case 'failed':
      return consoleI18n.t('workflows:stopped.failed');
    case 'cancelled':
      return consoleI18n.t('workflows:stopped.cancelled');
    case 'interrupted':
      return consoleI18n.t('workflows:stopped.interrupted');
  }
}

export function errorHandlingLabel(handling: ErrorHandling): string {
  switch (handling) {
    case 'suspend':
      return consoleI18n.t('workflows:errorHandling.suspend');
    case 'ignore':
      return consoleI18n.t('workflows:errorHandling.ignore');
    case 'abort':
      return consoleI18n.t('workflows:errorHandling.abort');
  }
}

export function conversionLabel(conversion: Conversion): string {
  switch (conversion) {
    case 'default':
      return consoleI18n.t('workflows:conversion.default');
    case 'dateOnly':
      return consoleI18n.t('workflows:conversion.dateOnly');
    case 'withoutOffset':
      return consoleI18n.t('workflows:conversion.withoutOffset');
    case 'copy':
      return consoleI18n.t('workflows:conversion.copy');
  }
}

export function crmOperationLabel(operation: CrmOperation): string {
  switch (operation) {
    case 'import':
      return consoleI18n.t('workflows:crmOperation.import');
    case 'export':
      return consoleI18n.t('workflows:crmOperation.export');
    case 'importDeleted':
      return consoleI18n.t('workflows:crmOperation.importDeleted');
    case 'delete':
      return consoleI18n.t('workflows:crmOperation.delete');
  }
}

export function updateOperationLabel(operation: UpdateOperation): string {
  switch (operation) {
    case 'insert':
      return consoleI18n.t('workflows:updateOperation.insert');
    case 'update':
      return consoleI18n.t('workflows:updateOperation.update');
    case 'upsert':
      return consoleI18n.t('workflows:updateOperation.upsert');
  }
}
