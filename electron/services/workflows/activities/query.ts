import { ConsoleError } from '../../../core/console-error';
import { msg } from '../../../../shared/i18n/message';
import type { ActivityModule } from '../activity';

const batchSize = 1000;

/**
 * Query: the rows of a record-store table that match a filter (the data explorer's), copied
 * into a new work table. A re-run starts over in a fresh table, so it holds the rows matching
 * at that time; a partial table left by an interrupted execution goes with the run's others.
 */
export const queryActivity: ActivityModule<'query'> = {
  check: (activity) => (activity.table ? [] : [msg('messages:activityCheck.selectTable')]),

  outputColumns: async (activity, _output, _input, env) =>
    activity.table
      ? ((await env.records.describeTable(activity.table).catch(() => null))?.columns ?? null)
      : null,

  async execute(context) {
    const { activity, signal } = context;
    const { records } = context.env;
    if (!activity.table)
      throw new ConsoleError('VALIDATION_FAILED', msg('messages:activityCheck.selectTable'));
    const table = activity.table;
    const filter = activity.filter ?? undefined;
    // Counting first refuses an unknown table, an unknown column or a bad filter value, by
    // name, before any work table is made.
    const total = await records.count(table, filter);
    const source = await records.describeTable(table);
    const output = await context.createWorkTable(
      `Query on ${source.label || table}`,
      source.columns,
      source.key,
    );
    let done = 0;
    context.progress(0, total);
    for await (const batch of records.stream(table, { filter }, batchSize)) {
      signal.throwIfAborted();
      // The source's keys are distinct and the table is new: nothing to match.
      await records.upsert(output, batch, { onlyNew: true });
      done += batch.length;
      context.progress(done, total);
    }
    context.log('info', msg('messages:log.selected', { count: done, table }));
    return { outputs: { ok: { table: output, count: done } } };
  },
};
