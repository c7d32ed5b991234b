import { englishText, type ConsoleMessage } from '../../../../../shared/i18n/message';
import { checkCrmFilter } from '../../../../../shared/domain/crm-filter';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { evaluateRightHands, rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityEnvironment } from '../../activity';
import { parseDeletedDate } from './deleted-dates';
import { findRemoteTable, type RemoteTable } from './remote-table';

async function importProblems(
  activity: CrmConnectorActivity,
  remote: RemoteTable,
  env: ActivityEnvironment,
): Promise<string[]> {
  const settings = activity.import;
  const problems: string[] = [];
  for (const { remote: name } of settings.fields) {
    const field = remote.fields.get(name);
    if (!field) problems.push(`Remote field '${name}' is not a field of '${remote.table.name}'.`);
    else if (field.type === null)
      problems.push(`Remote field '${name}' (${field.crmType}) cannot be imported.`);
  }
  if (settings.identification === 'upstream' && !settings.remoteIdColumn)
    problems.push('Select the field containing the remote identifier.');
  if (settings.filter && settings.identification === 'filter') {
    const values = await evaluateRightHands(settings.filter, rightHandEvaluator(env.sandbox, {}));
    const found = checkCrmFilter(settings.filter, new Set(remote.fields.keys()), values);
    for (const p of found) problems.push(`Filter, line ${p.at}: ${p.rule}`);
  }
  for (const { field } of settings.orderBy)
    if (!remote.fields.has(field))
      problems.push(`Order by: '${field}' is not a field of '${remote.table.name}'.`);
  const index = settings.automaticIndex;
  if (index.enabled && index.indexField && !remote.fields.has(index.indexField))
    problems.push(`Index field '${index.indexField}' is not a field of '${remote.table.name}'.`);
  return problems;
}

function exportProblems(activity: CrmConnectorActivity, remote: RemoteTable): string[] {
  const mapping = activity.export.mapping;
  if (mapping.length === 0) return ['Map at least one column to a remote field.'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { remote: name } of mapping) {
    if (!remote.fields.has(name))
      problems.push(`Remote field '${name}' is not a field of '${remote.table.name}'.`);
    if (seen.has(name)) problems.push(`Remote field '${name}' is mapped twice.`);
    seen.add(name);
  }
  return problems;
}

async function deletedProblems(
  activity: CrmConnectorActivity,
  env: ActivityEnvironment,
): Promise<string[]> {
  const evaluate = rightHandEvaluator(env.sandbox, {});
  const start = await parseDeletedDate(activity.deleted.start, 'start', evaluate);
  const end = await parseDeletedDate(activity.deleted.end, 'end', evaluate);
  const problems = [start, end]
    .filter((d): d is ConsoleMessage => !(d instanceof Date))
    .map((d) => englishText(d));
  if (problems.length === 0 && (end as Date).getTime() < (start as Date).getTime())
    problems.push('The end date comes before the start date.');
  return problems;
}

/**
 * What keeps the activity from running, one sentence each; none when it can run. Limits only
 * the CRM knows (Order by, retention of deleted records) are checked when it runs, before any call.
 */
export async function checkCrmConnector(
  activity: CrmConnectorActivity,
  env: ActivityEnvironment,
): Promise<string[]> {
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
      return activity.deleteIdColumn
        ? []
        : ['Select the field containing the identifier of the remote object to be removed.'];
  }
}
