import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';
import { ConsoleError } from '../../../../core/console-error';
import type { Connector, DeletionCursor } from '../../../../connectors/connector';
import { rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { parseDeletedDate } from './deleted-dates';
import type { RemoteTable } from './remote-table';

/** The option keeping an activity's change-tracking token (CRMs that track changes). */
export const changeTokenOptionName = (instance: string, activity: string) =>
  `CHANGETOKEN_${instance}_${activity}`;

/** `<instant> <token>`: how the option keeps a cursor. */
export const changeTokenText = (cursor: DeletionCursor) =>
  `${cursor.takenAt.toISOString()} ${cursor.token}`;

/** The cursor an option keeps; null when there is none yet. */
function cursorOf(name: string, text: string): DeletionCursor | null {
  if (!text.trim()) return null;
  const [at = '', ...rest] = text.trim().split(' ');
  const takenAt = new Date(at);
  if (Number.isNaN(takenAt.getTime()) || rest.length === 0)
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.noChangeToken', { name }));
  return { token: rest.join(' '), takenAt };
}

function parsed(value: Date | ConsoleMessage): Date {
  if (!(value instanceof Date))
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.badDate', { problem: value }));
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
    throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.endBeforeStart'));
  const days = connector.capabilities.deletedRetentionDays;
  if (days !== null && start.getTime() < now - days * 86_400_000)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:crm.retention', { days, start: start.toISOString() }),
    );
  const optionName = changeTokenOptionName(env.instanceName(), activity.id);
  const answer = await connector.deleted(
    remote.table.name,
    start,
    end,
    cursorOf(optionName, env.options.get(optionName)?.value ?? ''),
  );
  const deleted = answer.records;
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
  // Moved only once the records are kept: a run cut short asks again from the same token.
  if (answer.cursor) {
    if (!env.options.get(optionName)?.value)
      context.log(
        'warning',
        msg('messages:log.trackingStarts', {
          table: remote.table.name,
          since: answer.cursor.takenAt.toISOString(),
        }),
      );
    await env.options.put({
      name: optionName,
      label: `Change token of ${activity.label || activity.id}`,
      type: 'text',
      value: changeTokenText(answer.cursor),
    });
  }
  context.log(
    'info',
    msg('messages:log.deletedBetween', {
      deleted: count,
      table: remote.table.name,
      start: start.toISOString(),
      end: end.toISOString(),
    }),
  );
  return { outputs: activity.behavior.outbound ? { ok: { table, count } } : {} };
}
