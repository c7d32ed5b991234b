import type { AttributeSpec, OptionSetSpec, OptionSpec } from './attribute-spec';

/** Builders that keep the entity definitions short; `extra` overrides any default. */

type Extra = Partial<AttributeSpec>;

export const text = (name: string, label: string, maxLength: number, extra: Extra = {}) =>
  ({ name, label, type: 'String', maxLength, format: 'Text', ...extra }) satisfies AttributeSpec;

export const email = (name: string, label: string, extra: Extra = {}) =>
  text(name, label, 100, { format: 'Email', ...extra });

export const phone = (name: string, label: string, extra: Extra = {}) =>
  text(name, label, 50, { format: 'Phone', ...extra });

export const memo = (name: string, label: string, maxLength: number, extra: Extra = {}) =>
  ({ name, label, type: 'Memo', maxLength, format: 'TextArea', ...extra }) satisfies AttributeSpec;

export const yesNo = (name: string, label: string, extra: Extra = {}) =>
  ({ name, label, type: 'Boolean', ...extra }) satisfies AttributeSpec;

export const dateOnly = (name: string, label: string, extra: Extra = {}) =>
  ({ name, label, type: 'DateTime', format: 'DateOnly', ...extra }) satisfies AttributeSpec;

export const dateTime = (name: string, label: string, extra: Extra = {}) =>
  ({ name, label, type: 'DateTime', format: 'DateAndTime', ...extra }) satisfies AttributeSpec;

export const money = (name: string, label: string, extra: Extra = {}) =>
  ({
    name,
    label,
    type: 'Money',
    precision: 2,
    minValue: -922337203685477,
    maxValue: 922337203685477,
    ...extra,
  }) satisfies AttributeSpec;

export const whole = (name: string, label: string, extra: Extra = {}) =>
  ({
    name,
    label,
    type: 'Integer',
    minValue: -2147483648,
    maxValue: 2147483647,
    ...extra,
  }) satisfies AttributeSpec;

export const lookup = (name: string, label: string, targets: string[], extra: Extra = {}) =>
  ({ name, label, type: 'Lookup', targets, ...extra }) satisfies AttributeSpec;

export const choice = (name: string, label: string, optionSet: OptionSetSpec, extra: Extra = {}) =>
  ({ name, label, type: 'Picklist', optionSet, ...extra }) satisfies AttributeSpec;

export const choices = (name: string, label: string, optionSet: OptionSetSpec, extra: Extra = {}) =>
  ({ name, label, type: 'MultiSelectPicklist', optionSet, ...extra }) satisfies AttributeSpec;

/** A local option set from labels, valued from `first` on (Dataverse's own start at 1). */
export function localOptions(name: string, labels: readonly string[], first = 1): OptionSetSpec {
  return { name, options: labels.map((label, i) => ({ value: first + i, label })) };
}

/** Status options: value, label and the state each belongs to. */
export function statusOptions(name: string, options: readonly OptionSpec[]): OptionSetSpec {
  return { name, options };
}

const activeInactive: OptionSpec[] = [
  { value: 0, label: 'Active' },
  { value: 1, label: 'Inactive' },
];

/**
 * The columns every entity has: the key, audit columns, owner, state and status, and the row
 * version change tracking counts in.
 */
export function systemAttributes(
  entity: string,
  primaryId: string,
  options: { owner?: boolean; states?: OptionSpec[]; statuses?: OptionSpec[] } = {},
): AttributeSpec[] {
  const states = options.states ?? activeInactive;
  const statuses = options.statuses ?? [
    { value: 1, label: 'Active', state: 0 },
    { value: 2, label: 'Inactive', state: 1 },
  ];
  const audit = (name: string, label: string, type: 'DateTime' | 'Lookup'): AttributeSpec =>
    type === 'DateTime'
      ? dateTime(name, label, { readOnly: true })
      : lookup(name, label, ['systemuser'], { readOnly: true });
  return [
    {
      name: primaryId,
      label: entity,
      type: 'Uniqueidentifier',
      required: 'SystemRequired',
      createOnly: true,
    },
    audit('createdon', 'Created On', 'DateTime'),
    audit('modifiedon', 'Modified On', 'DateTime'),
    audit('createdby', 'Created By', 'Lookup'),
    audit('modifiedby', 'Modified By', 'Lookup'),
    ...(options.owner === false
      ? []
      : [
          {
            name: 'ownerid',
            label: 'Owner',
            type: 'Owner',
            targets: ['systemuser', 'team'],
            required: 'SystemRequired',
          } satisfies AttributeSpec,
        ]),
    {
      name: 'statecode',
      label: 'Status',
      type: 'State',
      required: 'SystemRequired',
      optionSet: { name: `${entity}_statecode`, options: states },
    },
    {
      name: 'statuscode',
      label: 'Status Reason',
      type: 'Status',
      optionSet: { name: `${entity}_statuscode`, options: statuses },
    },
    { name: 'versionnumber', label: 'Version Number', type: 'BigInt', readOnly: true },
  ];
}
