import type { IconName } from '@blueprintjs/icons';
import type { ActivityType } from '../../../shared/domain/workflows/activity-catalogue';
import type { ActivityState } from '../../../shared/domain/workflows/run-views';

export const activityIcons: Record<ActivityType, IconName> = {
  start: 'play',
  scheduler: 'time',
  query: 'search-template',
  crmConnector: 'exchange',
  fileImport: 'document-open',
  deduplication: 'duplicate',
  updateData: 'database',
  javascript: 'code',
  wait: 'stopwatch',
  end: 'stop',
};

export const activityStateIcons: Record<ActivityState, IconName | null> = {
  idle: null,
  pending: 'time',
  running: 'refresh',
  done: 'tick-circle',
  failed: 'error',
  ignored: 'disable',
};
