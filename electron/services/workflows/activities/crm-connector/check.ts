import { checkCrmFilter, type CrmFilterProblem } from '../../../../../shared/domain/crm-filter';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';
import { evaluateRightHands, rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityEnvironment, ActivityProblem } from '../../activity';
import { parseDeletedDate } from './deleted-dates';
import { findRemoteTable, type RemoteTable } from './remote-table';

/** A broken filter rule with the line it is on ("Filter, line 2.1: …"). */
export const filterProblem = (p: CrmFilterProblem): ConsoleMessage =>
  msg('messages:crmFilter.atLine', { at: p.at, rule: p.rule });

async function importProblems(
  activity: CrmConnectorActivity,
  remote: RemoteTable,
  env: ActivityEnvironment,
): Promise<ConsoleMessage[]> {
  const settings = activity.import;
  const table = remote.table.name;
  const problems: ConsoleMessage[] = [];
  for (const { remote: field } of settings.fields) {
    const found = remote.fields.get(field);
    if (!found) problems.push(msg('messages:crmCheck.notAField', { field, table }));
    else if (found.type === null)
      problems.push(msg('messages:crmCheck.cannotImport', { field, crmType: found.crmType }));
  }
  if (settings.identification === 'upstream' && !settings.remoteIdColumn)
    problems.push(msg('messages:crm.selectRemoteId'));
  if (settings.filter && settings.identification === 'filter') {
    const values = await evaluateRightHands(settings.filter, rightHandEvaluator(env.sandbox, {}));
    const found = checkCrmFilter(settings.filter, new Set(remote.fields.keys()), values);
    problems.push(...found.map(filterProblem));
  }
  for (const { field } of settings.orderBy)
    if (!remote.fields.has(field))
      problems.push(msg('messages:crmCheck.orderByNotAField', { field, table }));
  const index = settings.automaticIndex;
  if (index.enabled && index.indexField && !remote.fields.has(index.indexField))
    problems.push(msg('messages:crmCheck.indexNotAField', { field: index.indexField, table }));
  return problems;
}

function exportProblems(activity: CrmConnectorActivity, remote: RemoteTable): ConsoleMessage[] {
  const mapping = activity.export.mapping;
  if (mapping.length === 0) return [msg('messages:crmCheck.mapOne')];
  const table = remote.table.name;
  const problems: ConsoleMessage[] = [];
  const seen = new Set<string>();
  for (const { remote: field } of mapping) {
    if (!remote.fields.has(field))
      problems.push(msg('messages:crmCheck.notAField', { field, table }));
    if (seen.has(field)) problems.push(msg('messages:crmCheck.mappedTwice', { field }));
    seen.add(field);
  }
  return problems;
}

async function deletedProblems(
  activity: CrmConnectorActivity,
  env: ActivityEnvironment,
): Promise<ActivityProblem[]> {
  const evaluate = rightHandEvaluator(env.sandbox, {});
  const start = await parseDeletedDate(activity.deleted.start, 'start', evaluate);
  const end = await parseDeletedDate(activity.deleted.end, 'end', evaluate);
  if (start instanceof Date && end instanceof Date)
    return end.getTime() < start.getTime() ? [msg('messages:crm.endBeforeStart')] : [];
  return [start, end].filter((d): d is Exclude<typeof d, Date> => !(d instanceof Date));
}

/**
 * What keeps the activity from running, one message each; none when it can run. Limits only
 * the CRM knows (Order by, retention of deleted records) are checked when it runs, before any call.
 */
export async function checkCrmConnector(
  activity: CrmConnectorActivity,
  env: ActivityEnvironment,
): Promise<ActivityProblem[]> {
  const remote = findRemoteTable(activity, env);
  if ('problem' in remote) return [remote.problem];
  switch (activity.operation) {
    case 'import':
      return importProblems(activity, remote, env);
    case 'export':
      return exportProblems(activity, remote);
    case 'importDeleted':
      return deletedProblems(activity, env);
    case 'delete':
      return activity.deleteIdColumn ? [] : [msg('messages:crm.selectIdToDelete')];
  }
}
