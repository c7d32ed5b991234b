import { ConsoleError } from '../../../core/console-error';
import { msg } from '../../../../shared/i18n/message';
import { z } from 'zod';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import type { ActivityContext, ActivityModule } from '../activity';
import { writeBatch, type Rejection } from './update-data-batch';
import { planUpdate, rejectColumns, updateDataProblems, type UpdatePlan } from './update-data-plan';
import { nameKey } from '../../../../shared/domain/names';

const batchSize = 1000;
/** Without a reject transition, rejected rows are listed in the log up to this many. */
const maxRejectWarnings = 100;

/** The populations an execution fills; the same ones when it is resumed. */
const checkpointSchema = z.object({ okTable: z.string(), rejectTable: z.string() });
type UpdateCheckpoint = z.infer<typeof checkpointSchema>;

/** The rejected rows: the input's columns and the reason, whose names the reason's take over. */
function rejectPopulationColumns(input: readonly ColumnDefinition[]): ColumnDefinition[] {
  const reserved = new Set(rejectColumns.map((c) => nameKey(c.name)));
  return [...input.filter((c) => !reserved.has(nameKey(c.name))), ...rejectColumns];
}

async function populations(
  context: ActivityContext<'updateData'>,
  plan: UpdatePlan,
): Promise<UpdateCheckpoint> {
  const previous = checkpointSchema.safeParse(context.checkpoint.read());
  if (previous.success) return previous.data;
  const { input } = plan;
  const okTable = await context.createWorkTable('Records written', input.columns, input.key);
  const rejectTable = await context.createWorkTable(
    'Rejected records',
    rejectPopulationColumns(input.columns),
    input.key,
  );
  const checkpoint = { okTable, rejectTable };
  await context.checkpoint.write(checkpoint);
  return checkpoint;
}

/**
 * Update data: writes the input population into a table, reconciled on a key of that table;
 * insert, update, or insert or update. Rows the operation or the store refuses are rejected,
 * one by one, never the batch around them.
 *
 * Nothing lost, nothing twice: each batch commits its writes together with its rows in the ok
 * and reject populations, whose sizes therefore say how far the input was done. A resumed
 * execution (same checkpoint) skips that many rows in the input's key order and goes on, so a
 * rerun never rejects as "already exists" the rows it wrote itself.
 */
export const updateDataActivity: ActivityModule<'updateData'> = {
  check: (activity, env, input) => updateDataProblems(activity, env.records, input ?? null),

  outputColumns: (_activity, output, input) =>
    input && output !== 'error' ? (output === 'ok' ? input : rejectPopulationColumns(input)) : null,

  async execute(context) {
    const { activity, input, signal } = context;
    const { records } = context.env;
    if (!input)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:activity.updateData.needsPopulation'),
      );
    const plan = await planUpdate(activity, records, input.table);
    const { okTable, rejectTable } = await populations(context, plan);
    const target = {
      plan,
      operation: activity.operation,
      mapping: activity.mapping,
      okTable,
      rejectTable,
      now: () => new Date(context.env.now()).toISOString(),
    };

    let skip = (await records.count(okTable)) + (await records.count(rejectTable));
    let done = skip;
    let rejected = await records.count(rejectTable);
    const warn = (rejections: readonly Rejection[]) => {
      if (!activity.processRejects)
        for (const { row, reason } of rejections) {
          rejected += 1;
          if (rejected <= maxRejectWarnings)
            context.log(
              'warning',
              msg('messages:log.rowRejected', { record: describeKey(plan, row), reason }),
            );
        }
    };

    context.progress(done, input.count);
    for await (const batch of records.stream(input.table, {}, batchSize)) {
      signal.throwIfAborted();
      const rows = batch.slice(Math.min(skip, batch.length));
      skip -= batch.length - rows.length;
      if (rows.length === 0) continue;
      warn(await writeBatch(records, target, rows));
      done += rows.length;
      context.progress(done, input.count);
    }

    const written = await records.count(okTable);
    const rejectedTotal = await records.count(rejectTable);
    if (!activity.processRejects && rejectedTotal > maxRejectWarnings)
      context.log(
        'warning',
        msg('messages:log.moreRowsRejected', { count: rejectedTotal - maxRejectWarnings }),
      );
    context.log(
      'info',
      msg('messages:log.rowsWritten', {
        count: written,
        table: plan.destination.name,
        rejected: rejectedTotal,
      }),
    );
    return {
      outputs: {
        ok: { table: okTable, count: written },
        ...(activity.processRejects
          ? { reject: { table: rejectTable, count: rejectedTotal } }
          : {}),
      },
    };
  },
};

function describeKey(plan: UpdatePlan, row: RecordRow): string {
  return plan.input.key.map((k) => `${k} ${JSON.stringify(row[k] ?? null)}`).join(', ');
}
