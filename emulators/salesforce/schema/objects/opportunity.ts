import { amount, dayAround, pick } from '../../data/generators';
import { dealWords } from '../../../data/words';
import {
  checkbox,
  date,
  dateTime,
  integer,
  lookup,
  number,
  picklist,
  systemFields,
  text,
  textArea,
} from '../fields';
import { readOnly, viewedFields } from '../standard-fields';
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
const forecastCategories = ['Omitted', 'Pipeline', 'BestCase', 'Forecast', 'Closed'];
const forecastCategoryNames = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'];

/** Salesforce's default stage-to-forecast mapping (the API name and the label of the category). */
function forecastOf(stage: string): number {
  if (stage === 'Closed Won') return 4;
  if (stage === 'Closed Lost') return 0;
  if (stage === 'Negotiation/Review') return 3;
  if (stage === 'Proposal/Price Quote' || stage === 'Perception Analysis') return 2;
  return 1;
}

/** The calendar fiscal year and quarter of a `YYYY-MM-DD` close date. */
function fiscalOf(closeDate: unknown): { year: number; quarter: number } | null {
  const m = typeof closeDate === 'string' ? /^(\d{4})-(\d{2})/.exec(closeDate) : null;
  return m ? { year: Number(m[1]), quarter: Math.ceil(Number(m[2]) / 3) } : null;
}

export const opportunity: SObjectSpec = {
  name: 'Opportunity',
  label: 'Opportunity',
  labelPlural: 'Opportunities',
  keyPrefix: '006',
  fields: [
    ...systemFields('Opportunity', { owner: true, isDeleted: true }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account'),
    checkbox('IsPrivate', 'Private'),
    text('Name', 'Name', 120, { nillable: false, nameField: true }),
    textArea('Description', 'Description', 32000),
    picklist('StageName', 'Stage', { values: stages, restricted: true }, { nillable: false }),
    number('Amount', 'Amount', 'currency', 18, 2),
    number('Probability', 'Probability (%)', 'percent', 3, 0),
    number('ExpectedRevenue', 'Expected Amount', 'currency', 18, 2, calculated),
    number('TotalOpportunityQuantity', 'Quantity', 'double', 18, 2),
    date('CloseDate', 'Close Date', { nillable: false }),
    picklist('Type', 'Opportunity Type', { values: opportunityTypes }),
    text('NextStep', 'Next Step', 255),
    picklist('LeadSource', 'Lead Source', { values: leadSources }),
    checkbox('IsClosed', 'Closed', calculated),
    checkbox('IsWon', 'Won', calculated),
    picklist(
      'ForecastCategory',
      'Forecast Category',
      {
        values: forecastCategories,
        restricted: true,
      },
      { ...readOnly, defaultedOnCreate: true },
    ),
    picklist(
      'ForecastCategoryName',
      'Forecast Category',
      {
        values: forecastCategoryNames,
        restricted: true,
      },
      // Derived from the stage here, so not writable (Salesforce lets an owner override it).
      { ...readOnly, defaultedOnCreate: true },
    ),
    lookup('CampaignId', 'Campaign ID', ['Campaign'], 'Campaign'),
    checkbox('HasOpportunityLineItem', 'Has Line Item', readOnly),
    date('LastActivityDate', 'Last Activity', readOnly),
    integer('PushCount', 'Push Count', 9, readOnly),
    dateTime('LastStageChangeDate', 'Last Stage Change Date', readOnly),
    integer('FiscalQuarter', 'Fiscal Quarter', 11, calculated),
    integer('FiscalYear', 'Fiscal Year', 4, calculated),
    text('Fiscal', 'Fiscal Period', 6, calculated),
    lookup('ContactId', 'Contact ID', ['Contact'], 'Contact'),
    ...viewedFields(),
    checkbox('HasOpenActivity', 'Has Open Activity', readOnly),
    checkbox('HasOverdueTask', 'Has Overdue Task', readOnly),
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
    IsPrivate: () => false,
    NextStep: ({ rnd }) => (rnd.chance('nextStep', 0.7) ? null : 'Follow up with the buyer'),
    CampaignId: ({ rnd, refTo }) =>
      rnd.chance('campaign', 0.3) ? refTo('Campaign', 'campaign') : null,
  },
  derived: {
    IsClosed: (get) => String(get('StageName')).startsWith('Closed'),
    IsWon: (get) => get('StageName') === 'Closed Won',
    ExpectedRevenue: (get) => {
      const amount = get('Amount');
      const probability = get('Probability');
      return typeof amount === 'number' && typeof probability === 'number'
        ? Math.round(amount * probability) / 100
        : null;
    },
    ForecastCategory: (get) => forecastCategories[forecastOf(String(get('StageName')))] ?? null,
    ForecastCategoryName: (get) =>
      forecastCategoryNames[forecastOf(String(get('StageName')))] ?? null,
    FiscalYear: (get) => fiscalOf(get('CloseDate'))?.year ?? null,
    FiscalQuarter: (get) => fiscalOf(get('CloseDate'))?.quarter ?? null,
    Fiscal: (get) => {
      const fiscal = fiscalOf(get('CloseDate'));
      return fiscal ? `${fiscal.year} ${fiscal.quarter}` : null;
    },
  },
};
