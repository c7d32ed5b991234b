import type { CrmField, CrmTableDescription } from '../../../../../shared/domain/crm';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import type { ActivityEnvironment } from '../../activity';

/** The CRM table an activity works on, from the account's approved schema. */
export interface RemoteTable {
  account: string;
  table: CrmTableDescription;
  fields: ReadonlyMap<string, CrmField>;
}

/** Where the activity's account and remote object stand: the table, or what is missing. */
export function findRemoteTable(
  activity: CrmConnectorActivity,
  env: ActivityEnvironment,
): RemoteTable | { problem: string } {
  if (!activity.account) return { problem: 'Select an external account.' };
  if (!activity.remoteObject) return { problem: 'Select a remote object.' };
  const tables = env.approvedTables(activity.account);
  if (tables.length === 0)
    return {
      problem: `External account '${activity.account}' has no approved schema: approve one before synchronizing.`,
    };
  const table = tables.find((t) => t.name === activity.remoteObject);
  if (!table)
    return {
      problem: `'${activity.remoteObject}' is not a table of the approved schema of external account '${activity.account}'.`,
    };
  return {
    account: activity.account,
    table,
    fields: new Map(table.fields.map((f) => [f.name, f])),
  };
}
