import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type { CrmTableDescription } from '../../../shared/domain/crm';
import type { Enumeration } from '../../../shared/domain/enumerations';
import type { SyncChoice, SyncPreview, SyncRow } from '../../../shared/domain/enumeration-sync';
import { ConsoleError } from '../../core/console-error';
import { enumerationLabel, enumerationName } from '../schemas/schema-generator';
import { nameKey, sameName } from '../../../shared/domain/names';

interface Picklist {
  row: SyncRow;
  /** Why the picklist cannot be synchronized (the row's refusal); null when it can. */
  refusal: ConsoleMessage | null;
  label: string;
  values: { value: string; label: string; enabled: boolean }[];
}

function picklists(tables: readonly CrmTableDescription[]): Map<string, Picklist> {
  const found = new Map<string, Picklist>();
  for (const table of tables)
    for (const field of table.fields) {
      if (!field.picklist) continue;
      const id = `${table.name}.${field.name}`;
      const label = enumerationLabel(table.name, field.label);
      const refusal = field.picklist.multiSelect
        ? msg('messages:enumerationSync.multiSelect')
        : null;
      found.set(id, {
        label,
        refusal,
        values: field.picklist.values.map((v) => ({
          value: v.value,
          label: v.label,
          enabled: v.active,
        })),
        row: {
          id,
          crmEnumeration: label,
          defaultTarget: enumerationName(table.name, field.name),
          valueCount: field.picklist.values.length,
          refusal,
        },
      });
    }
  return found;
}

/** The dialog's rows: every picklist of the account's tables, multi-select ones refused. */
export function syncRows(tables: readonly CrmTableDescription[]): SyncRow[] {
  return [...picklists(tables).values()].map((p) => p.row);
}

const numericCode = /^-?\d+$/;

/**
 * A merge that would put the CRM's text values beside numeric codes (an enumeration such as
 * gender, stored as 0, 1, 2): records keep their codes, so the new labels match none of them.
 */
function mixedKindsWarning(
  target: string,
  current: readonly { value: string }[],
  added: readonly { value: string }[],
): ConsoleMessage | null {
  if (current.length === 0 || added.length === 0) return null;
  if (!current.every((v) => numericCode.test(v.value))) return null;
  const text = added.filter((v) => !numericCode.test(v.value));
  if (text.length === 0) return null;
  const sample = (values: readonly { value: string }[]) =>
    values
      .slice(0, 3)
      .map((v) => v.value)
      .join(', ') + (values.length > 3 ? '…' : '');
  return msg('messages:enumerationSync.mixedKinds', {
    target,
    codes: sample(current),
    texts: sample(text),
  });
}

interface Planned {
  preview: SyncPreview;
  result: Enumeration;
}

/**
 * What each choice does to its enumeration. Replace = Yes makes its values the CRM's (those
 * missing from the CRM are removed); No adds the CRM values it lacks and keeps the rest.
 */
export function planSync(
  tables: readonly CrmTableDescription[],
  existing: readonly Enumeration[],
  choices: readonly SyncChoice[],
): Planned[] {
  const available = picklists(tables);
  const targets = new Map<string, string>();
  return choices.map((choice) => {
    const picklist = available.get(choice.id);
    if (!picklist)
      throw new ConsoleError(
        'NOT_FOUND',
        msg('messages:enumerations.noPicklist', { id: choice.id }),
      );
    if (picklist.refusal)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:enumerations.picklistRefused', {
          picklist: picklist.label,
          refusal: picklist.refusal,
        }),
      );
    const other = targets.get(nameKey(choice.target));
    if (other)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:enumerations.twoPicklists', { target: choice.target, other, id: choice.id }),
      );
    targets.set(nameKey(choice.target), choice.id);
    const current = existing.find((e) => sameName(e.name, choice.target));
    const crmValues = new Set(picklist.values.map((v) => v.value));
    const currentValues = new Set(current?.values.map((v) => v.value) ?? []);
    const added = picklist.values.filter((v) => !currentValues.has(v.value));
    const kept = (current?.values ?? []).filter((v) => crmValues.has(v.value) || !choice.replace);
    const removed = choice.replace
      ? (current?.values ?? []).filter((v) => !crmValues.has(v.value))
      : [];
    const values = choice.replace ? picklist.values : [...(current?.values ?? []), ...added];
    return {
      preview: {
        id: choice.id,
        target: current?.name ?? choice.target,
        creates: !current,
        added: added.map((v) => v.value),
        kept: kept.map((v) => v.value),
        removed: removed.map((v) => v.value),
        warnings: choice.replace
          ? []
          : [
              mixedKindsWarning(current?.name ?? choice.target, current?.values ?? [], added),
            ].filter((w): w is ConsoleMessage => w !== null),
      },
      result: {
        name: current?.name ?? choice.target,
        label: current?.label ?? picklist.label,
        values,
      },
    };
  });
}
