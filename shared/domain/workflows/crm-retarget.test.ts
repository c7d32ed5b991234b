import { describe, expect, it } from 'vitest';
import type { CrmField, CrmTableDescription } from '../crm';
import { activitySchema, type CrmConnectorActivity } from './activity-settings';
import { retargetRemoteObject } from './crm-retarget';

const field = (name: string, type: CrmField['type'] = 'string'): CrmField => ({
  name,
  label: name,
  crmType: type ?? 'address',
  type,
  nillable: true,
  externalId: false,
});
const lead: CrmTableDescription = {
  name: 'Lead',
  label: 'Lead',
  idField: 'Id',
  modifiedFields: ['LastModifiedDate'],
  // The wizard skipped Address (a compound field): it has no type.
  fields: [
    ...['Id', 'LastName', 'Email', 'LastModifiedDate'].map((n) => field(n)),
    field('Address', null),
  ],
};

const activity = activitySchema.parse({
  type: 'crmConnector',
  id: 'crm',
  label: 'CRM',
  position: { x: 0, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Contact',
  import: {
    fields: [
      { remote: 'Id' },
      { remote: 'LastName' },
      { remote: 'MailingCity' },
      { remote: 'Address' },
    ],
    orderBy: [{ field: 'Birthdate' }, { field: 'LastName' }],
    filter: {
      kind: 'level',
      lines: [
        { connective: 'and', node: { kind: 'condition', left: 'Email', operator: 'isNotEmpty' } },
        {
          connective: 'and',
          node: { kind: 'condition', left: 'Birthdate', operator: '>', right: '1' },
        },
      ],
    },
    automaticIndex: { enabled: true, indexField: 'SystemModstamp' },
  },
  export: {
    mapping: [
      { source: 'email', remote: 'Email' },
      { source: 'city', remote: 'MailingCity' },
    ],
  },
}) as CrmConnectorActivity;

describe('changing the remote object', () => {
  it('keeps what the new object has and names everything it removes', () => {
    const { activity: next, removed } = retargetRemoteObject(activity, lead);
    expect(next.remoteObject).toBe('Lead');
    expect(next.import.fields.map((f) => f.remote)).toEqual(['Id', 'LastName']);
    expect(next.import.orderBy.map((o) => o.field)).toEqual(['LastName']);
    expect(next.import.filter).toBeNull();
    expect(next.import.automaticIndex).toEqual({
      enabled: true,
      optionName: null,
      indexField: null,
    });
    expect(next.export.mapping.map((m) => m.remote)).toEqual(['Email']);
    expect(removed).toEqual([
      "imported fields 'MailingCity', 'Address'",
      "Order by 'Birthdate'",
      "the filter (it compares 'Birthdate')",
      "the index field 'SystemModstamp'",
      "export mapping to 'MailingCity'",
    ]);
  });

  it('changes nothing else when the new object has every field', () => {
    const same = {
      ...lead,
      fields: [
        ...lead.fields,
        ...['MailingCity', 'Birthdate', 'SystemModstamp'].map((name) => ({
          name,
          label: name,
          type: 'string',
        })),
      ],
    } as CrmTableDescription;
    const usable = activity.import.fields.filter((f) => f.remote !== 'Address');
    const before = { ...activity, import: { ...activity.import, fields: usable } };
    const { activity: next, removed } = retargetRemoteObject(before, same);
    expect(removed).toEqual([]);
    expect(next).toEqual({ ...before, remoteObject: 'Lead' });
  });
});
