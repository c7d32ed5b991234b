import type { CrmField, CrmTableDescription } from '../../../../../shared/domain/crm';
import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';
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
): RemoteTable | { problem: ConsoleMessage } {
  if (!activity.account) return { problem: msg('messages:crmCheck.selectAccount') };
  if (!activity.remoteObject) return { problem: msg('messages:crmCheck.selectRemoteObject') };
  const tables = env.approvedTables(activity.account);
  if (tables.length === 0)
    return { problem: msg('messages:crmCheck.noApprovedSchema', { account: activity.account }) };
  const table = tables.find((t) => t.name === activity.remoteObject);
  if (!table)
    return {
      problem: msg('messages:crm.notApprovedTable', {
        table: activity.remoteObject,
        account: activity.account,
      }),
    };
  return {
    account: activity.account,
    table,
    fields: new Map(table.fields.map((f) => [f.name, f])),
  };
}
