import { msg } from '../../../../../shared/i18n/message';
import type { ColumnDefinition, RecordRow } from '../../../../../shared/domain/records';
import { ConsoleError } from '../../../../core/console-error';
import type { ActivityContext, Population } from '../../activity';

/** The inbound population: its columns and key. */
export interface InputShape {
  population: Population;
  columns: ColumnDefinition[];
  key: string[];
}

export async function inputShape(
  context: ActivityContext<'crmConnector'>,
  needs: readonly string[],
): Promise<InputShape> {
  const population = context.input;
  if (!population) throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.needsInbound'));
  const definition = await context.env.records.describeTable(population.table);
  const known = new Set(definition.columns.map((c) => c.name));
  const missing = needs.filter((c) => !known.has(c));
  if (missing.length)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:crm.inboundMissing', {
        columns: missing.map((c) => `'${c}'`).join(', '),
      }),
    );
  return { population, columns: definition.columns, key: definition.key };
}

/** A record's key as text, the same on every run: what the journal knows records by. */
export function keyText(row: RecordRow, key: readonly string[]): string {
  return JSON.stringify(key.map((k) => row[k] ?? null));
}

/** The population's rows in key order, so that every run meets them in the same order. */
export function inputRows(
  context: ActivityContext<'crmConnector'>,
  shape: InputShape,
  batchSize: number,
): AsyncIterable<RecordRow[]> {
  return context.env.records.stream(
    shape.population.table,
    { sort: shape.key.map((column) => ({ column, descending: false })) },
    batchSize,
  );
}
