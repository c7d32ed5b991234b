import { ConsoleError } from '../../../../core/console-error';
import type { Connector } from '../../../../connectors/connector';
import { rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { parseDeletedDate } from './deleted-dates';
import type { RemoteTable } from './remote-table';

function parsed(value: Date | string): Date {
  if (typeof value === 'string') throw new ConsoleError('VALIDATION_FAILED', value);
  return value;
}

/**
 * Import objects deleted in CRM: the ids and deletion dates of a window, both bounds included;
 * a window older than the CRM keeps deleted records is refused before the CRM is asked.
 */
export async function runImportDeleted(
  context: ActivityContext<'crmConnector'>,
  connector: Connector,
  remote: RemoteTable,
): Promise<ActivityOutcome> {
  const { activity, env } = context;
  const evaluate = rightHandEvaluator(env.sandbox, context.vars);
  const start = parsed(await parseDeletedDate(activity.deleted.start, 'start', evaluate));
  const requestedEnd = parsed(await parseDeletedDate(activity.deleted.end, 'end', evaluate));
  const now = env.now();
  // The CRM knows no deletion after now; asking past it is refused by some CRMs.
  const end = new Date(Math.min(requestedEnd.getTime(), now));
  if (end.getTime() < start.getTime())
    throw new ConsoleError('VALIDATION_FAILED', 'The end date comes before the start date.');
  const days = connector.capabilities.deletedRetentionDays;
  if (days !== null && start.getTime() < now - days * 86_400_000)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      `The CRM keeps deleted records ${days} days only: the start date ${start.toISOString()} is older than that.`,
    );
  const deleted = await connector.deleted(remote.table.name, start, end);
  const idField = remote.table.idField;
  const table = await context.createWorkTable(
    `Deleted in ${remote.table.name}`,
    [
      { name: idField, label: 'Record id', type: 'string', length: 255 },
      { name: 'deletedDate', label: 'Deletion date', type: 'datetime' },
    ],
    [idField],
  );
  const count = deleted.length
    ? await env.records.upsert(
        table,
        deleted.map((d) => ({ [idField]: d.id, deletedDate: d.deletedDate })),
      )
    : 0;
  context.progress(count, count);
  context.log(
    'info',
    `${count} record(s) deleted in ${remote.table.name} between ${start.toISOString()} and ${end.toISOString()}.`,
  );
  return { outputs: activity.behavior.outbound ? { ok: { table, count } } : {} };
}
