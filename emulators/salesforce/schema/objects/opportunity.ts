import { amount, dayAround, pick } from '../../data/generators';
import { dealWords } from '../../../data/words';
import { checkbox, date, lookup, number, picklist, systemFields, text, textArea } from '../fields';
import type { SObjectSpec } from '../object-spec';
import { leadSources } from './contact';

export const stages = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];
const opportunityTypes = [
  'Existing Customer - Upgrade',
  'Existing Customer - Replacement',
  'Existing Customer - Downgrade',
  'New Customer',
];
const calculated = { calculated: true, createable: false, updateable: false };

export const opportunity: SObjectSpec = {
  name: 'Opportunity',
  label: 'Opportunity',
  labelPlural: 'Opportunities',
  keyPrefix: '006',
  fields: [
    ...systemFields('Opportunity', { owner: true, isDeleted: true }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account'),
    text('Name', 'Name', 120, { nillable: false, nameField: true }),
    textArea('Description', 'Description', 32000),
    picklist('StageName', 'Stage', { values: stages, restricted: true }, { nillable: false }),
    number('Amount', 'Amount', 'currency', 18, 2),
    number('Probability', 'Probability (%)', 'percent', 3, 0),
    date('CloseDate', 'Close Date', { nillable: false }),
    picklist('Type', 'Opportunity Type', { values: opportunityTypes }),
    picklist('LeadSource', 'Lead Source', { values: leadSources }),
    checkbox('IsClosed', 'Closed', calculated),
    checkbox('IsWon', 'Won', calculated),
    lookup('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign'),
  ],
  generators: {
    AccountId: ({ refTo }) => refTo('Account', 'account'),
    Name: ({ rnd, index }) => `${rnd.pick('word', dealWords)} deal #${index + 1}`,
    StageName: pick(stages, 'stage'),
    Amount: amount('amount', 1000, 2_000_000, 50, 0.1),
    Probability: (ctx) => {
      const stage = stages.indexOf(String(ctx.get('StageName')));
      return stage === stages.length - 1 ? 0 : Math.min(100, (stage + 1) * 10);
    },
    CloseDate: dayAround('closeDate', 365, 180),
    Type: pick(opportunityTypes, 'type', 0.2),
    LeadSource: pick(leadSources, 'leadSource', 0.3),
    CampaignId: ({ rnd, refTo }) =>
      rnd.chance('campaign', 0.3) ? refTo('Campaign', 'campaign') : null,
  },
  derived: {
    IsClosed: (get) => String(get('StageName')).startsWith('Closed'),
    IsWon: (get) => get('StageName') === 'Closed Won',
  },
};
