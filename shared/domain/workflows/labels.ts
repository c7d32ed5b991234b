import type { ActivityOutput, ActivityType } from './activity-catalogue';
import type { ErrorHandling } from './common-settings';
import type { Conversion, CrmOperation } from './crm-connector-settings';
import type { RunStatus } from './run-views';
import type { UpdateOperation } from './update-data-settings';

/** What the console shows for each value; TypeScript refuses a value without its label. */
export const activityTypeLabels: Record<ActivityType, string> = {
  start: 'Start',
  scheduler: 'Scheduler',
  query: 'Query',
  crmConnector: 'CRM connector',
  fileImport: 'Data loading (file)',
  deduplication: 'Deduplication',
  updateData: 'Update data',
  javascript: 'JavaScript code',
  wait: 'Wait',
  end: 'End',
};

export const activityOutputLabels: Record<ActivityOutput, string> = {
  ok: 'OK',
  reject: 'Reject',
  error: 'Error',
};

export const errorHandlingLabels: Record<ErrorHandling, string> = {
  suspend: 'Suspend the process',
  ignore: 'Ignore',
  abort: 'Abort',
};

export const conversionLabels: Record<Conversion, string> = {
  default: 'Default (with time zone management)',
  dateOnly: 'Date only',
  withoutOffset: 'Without time offset',
  copy: 'Copy/Paste',
};

export const crmOperationLabels: Record<CrmOperation, string> = {
  import: 'Import from CRM',
  export: 'Export to CRM',
  importDeleted: 'Import objects deleted in CRM',
  delete: 'Delete objects in the CRM',
};

export const updateOperationLabels: Record<UpdateOperation, string> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Insert or update',
};

export const runStatusLabels: Record<RunStatus, string> = {
  running: 'Running',
  paused: 'Paused',
  suspended: 'Suspended',
  succeeded: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};
