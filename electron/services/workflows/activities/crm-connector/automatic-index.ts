import { msg } from '../../../../../shared/i18n/message';
import {
  campaignDateTimeOf,
  instantOfCampaignDateTime,
  isDateProblem,
} from '../../../../../shared/domain/campaign-datetime';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { automaticIndexOptionName } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { ConsoleError } from '../../../../core/console-error';
import type { ConnectorCapabilities } from '../../../../connectors/connector';
import type { ActivityContext } from '../../activity';
import type { RemoteTable } from './remote-table';

/**
 * One import's window of the automatic index: records modified from `start` (included, none on
 * the first import) to `end` (excluded). Option values are UTC, in `yyyy/MM/dd hh:mm:ss`.
 */
export interface IndexWindow {
  optionName: string;
  field: string;
  start: Date | null;
  end: Date;
}

function fromOptionText(name: string, text: string): Date {
  const instant = instantOfCampaignDateTime(text);
  if (isDateProblem(instant))
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:crm.optionInstant', { name, problem: instant }),
    );
  return instant;
}

/** The index field: the one configured, else the first of the CRM's defaults the table has. */
export function indexFieldOf(
  activity: CrmConnectorActivity,
  remote: RemoteTable,
  capabilities: ConnectorCapabilities,
): string {
  const configured = activity.import.automaticIndex.indexField;
  const field =
    configured ?? capabilities.indexFields.find((name) => remote.fields.has(name)) ?? null;
  if (!field)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:crm.noIndexField', {
        table: remote.table.name,
        fields: capabilities.indexFields.join(', '),
      }),
    );
  return field;
}

/**
 * Opens the window and sets `vars.crmOptionName`, `vars.crmStartImport`, `vars.crmEndDate`.
 * The end is the time the import starts, taken before the query and cut to the second (the
 * option's precision) so that the next window starts exactly where this one stops: a record
 * changed while the import runs has a modification time at or after `end`, so it is left to the
 * next import rather than lost. This assumes the CRM's clock agrees with the console's.
 */
export function openIndexWindow(
  context: ActivityContext<'crmConnector'>,
  field: string,
  /** A resumed import's end, kept from its first attempt: the query it continues is that one. */
  resumedEnd?: Date,
): IndexWindow {
  const { activity, env } = context;
  const optionName =
    activity.import.automaticIndex.optionName ??
    automaticIndexOptionName(env.instanceName(), activity.id);
  const option = env.options.get(optionName);
  const start = option?.value.trim() ? fromOptionText(optionName, option.value) : null;
  const end = resumedEnd ?? new Date(Math.floor(env.now() / 1000) * 1000);
  context.vars.crmOptionName = optionName;
  context.vars.crmStartImport = start ? campaignDateTimeOf(start) : '';
  context.vars.crmEndDate = campaignDateTimeOf(end);
  return { optionName, field, start, end };
}

/** Moves the option to the window's end; called only once the imported rows are committed. */
export async function advanceIndex(
  context: ActivityContext<'crmConnector'>,
  window: IndexWindow,
): Promise<void> {
  const existing = context.env.options.get(window.optionName);
  await context.env.options.put({
    name: window.optionName,
    label: existing?.label ?? `Last import of ${context.activity.label || context.activity.id}`,
    // The seed's option is a text option holding yyyy/MM/dd hh:mm:ss: created so when missing.
    type: existing?.type ?? 'text',
    value: campaignDateTimeOf(window.end),
  });
}
