import { amount, dayAround, pick } from '../../data/generators';
import {
  checkbox,
  date,
  integer,
  lookup,
  number,
  picklist,
  systemFields,
  text,
  textArea,
} from '../fields';
import type { SObjectSpec } from '../object-spec';

export const campaignTypes = [
  'Conference',
  'Webinar',
  'Trade Show',
  'Public Relations',
  'Partners',
  'Referral Program',
  'Advertisement',
  'Banner Ads',
  'Direct Mail',
  'Email',
  'Telemarketing',
  'Other',
];
const campaignStatuses = ['Planned', 'In Progress', 'Completed', 'Aborted'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const campaign: SObjectSpec = {
  name: 'Campaign',
  label: 'Campaign',
  labelPlural: 'Campaigns',
  keyPrefix: '701',
  fields: [
    ...systemFields('Campaign', { owner: true, isDeleted: true }),
    text('Name', 'Name', 80, { nillable: false, nameField: true }),
    lookup('ParentId', 'Parent Campaign ID', ['Campaign'], 'Parent'),
    picklist('Type', 'Type', { values: campaignTypes }),
    picklist('Status', 'Status', { values: campaignStatuses, defaultValue: 'Planned' }),
    date('StartDate', 'Start Date'),
    date('EndDate', 'End Date'),
    number('ExpectedRevenue', 'Expected Revenue in Campaign', 'currency', 18, 0),
    number('BudgetedCost', 'Budgeted Cost in Campaign', 'currency', 18, 0),
    number('ActualCost', 'Actual Cost in Campaign', 'currency', 18, 0),
    checkbox('IsActive', 'Active'),
    textArea('Description', 'Description', 32000),
    integer('NumberOfLeads', 'Leads in Campaign', 9, {
      createable: false,
      updateable: false,
      defaultedOnCreate: true,
      nillable: false,
    }),
  ],
  generators: {
    Name: ({ rnd, index }) =>
      `${rnd.pick('type', campaignTypes)} ${rnd.pick('month', months)} #${index + 1}`,
    Type: (ctx) => ctx.rnd.pick('type', campaignTypes),
    Status: pick(campaignStatuses, 'status'),
    StartDate: dayAround('start', 400, 60),
    EndDate: dayAround('end', 300, 200, 0.2),
    ExpectedRevenue: amount('expected', 0, 1_000_000, 1000, 0.3),
    BudgetedCost: amount('budget', 1000, 200_000, 500, 0.2),
    ActualCost: amount('actual', 1000, 200_000, 500, 0.4),
    IsActive: ({ rnd }) => rnd.chance('active', 0.6),
    NumberOfLeads: ({ rnd }) => rnd.int('leads', 0, 500),
  },
};
