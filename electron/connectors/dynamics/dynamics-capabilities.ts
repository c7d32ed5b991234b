import type { ConnectorCapabilities } from '../connector';

/** The Dataverse Web API's limits, the same for every organization: known before any login. */
export const dynamicsCapabilities: ConnectorCapabilities = {
  // Deletions come from change tracking, which keeps no dates to count back from.
  deletedRetentionDays: null,
  orderBy: true,
  sortOrFilterOnly: null,
  queryAll: false,
  datesHaveTimeZone: true,
  // A $batch request holds at most 1,000 operations.
  maxWriteBatch: 1000,
  indexFields: ['modifiedon'],
  createdField: 'createdon',
  rejectLogFile: false,
  bulkApi: false,
};
