import type { ConnectorCapabilities } from '../connector';
import type { CrmKind } from '../crm-kind';
import { CrmError } from '../crm-error';
import { toODataFilter } from './odata-filter';

/** The Dataverse Web API's limits, as the seed names them. */
export const dynamicsCapabilities: ConnectorCapabilities = {
  deletedRetentionDays: null,
  orderBy: true,
  sortOrFilterOnly: null,
  queryAll: false,
  datesHaveTimeZone: true,
  maxWriteBatch: 1000,
  indexFields: ['modifiedon'],
  createdField: 'createdon',
  rejectLogFile: false,
};

export const dynamicsKind: CrmKind<'dynamics'> = {
  type: 'dynamics',
  capabilities: () => dynamicsCapabilities,
  filterQuery: toODataFilter,
  connect: () =>
    Promise.reject(new CrmError('The Microsoft Dynamics connector is not available yet.')),
};
