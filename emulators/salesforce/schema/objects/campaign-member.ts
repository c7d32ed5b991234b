import { dayAround } from '../../data/generators';
import { checkbox, date, lookup, picklist, systemFields } from '../fields';
import type { SObjectSpec } from '../object-spec';

const memberStatuses = ['Planned', 'Sent', 'Received', 'Responded'];

export const campaignMember: SObjectSpec = {
  name: 'CampaignMember',
  label: 'Campaign Member',
  labelPlural: 'Campaign Members',
  keyPrefix: '00v',
  fields: [
    ...systemFields('Campaign Member', { owner: false, isDeleted: true }),
    lookup('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign', {
      nillable: false,
      updateable: false,
      cascadeDelete: true,
    }),
    lookup('LeadId', 'Lead ID', ['Lead'], 'Lead', { updateable: false }),
    lookup('ContactId', 'Contact ID', ['Contact'], 'Contact', { updateable: false }),
    picklist('Status', 'Status', { values: memberStatuses, defaultValue: 'Sent' }),
    checkbox('HasResponded', 'Responded', {
      calculated: true,
      createable: false,
      updateable: false,
    }),
    date('FirstRespondedDate', 'First Responded Date', { createable: false, updateable: false }),
  ],
  generators: {
    CampaignId: ({ refTo }) => refTo('Campaign', 'campaign'),
    ContactId: ({ rnd, refTo }) => (rnd.chance('isLead', 0.3) ? null : refTo('Contact', 'contact')),
    LeadId: (ctx) => (ctx.get('ContactId') === null ? ctx.refTo('Lead', 'lead') : null),
    Status: (ctx) => ctx.rnd.pick('status', memberStatuses),
    FirstRespondedDate: (ctx) =>
      ctx.get('Status') === 'Responded' ? dayAround('responded', 200, 0)(ctx) : null,
  },
  derived: { HasResponded: (get) => get('Status') === 'Responded' },
  flags: { feedEnabled: false, searchable: false, mruEnabled: false },
};
