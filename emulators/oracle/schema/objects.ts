import type { GenContext, Generator } from '../../data/generation';
import { amount, emailOf, firstName, lastName, phoneNumber, pick } from '../../data/generators';
import {
  companyStems,
  companySuffixes,
  dealWords,
  departments,
  emailDomains,
  places,
  streetNames,
  titles,
} from '../../data/words';
import {
  auditFields,
  picklistOf,
  text,
  type OracleFieldSpec,
  type OracleObjectSpec,
} from './field-spec';

/** The standard objects the emulator serves, with the field names of Web Services v2.0. */

const dayMs = 86_400_000;

/** A day within `[anchor - pastDays, anchor + futureDays]`, as midnight UTC. */
const dayAround =
  (salt: string, pastDays: number, futureDays: number, nullShare = 0): Generator =>
  ({ rnd, anchor }) =>
    nullShare > 0 && rnd.chance(`${salt}:null`, nullShare)
      ? null
      : Math.floor(anchor / dayMs) * dayMs + rnd.int(salt, -pastDays, futureDays) * dayMs;

const place = (ctx: GenContext, salt: string) => ctx.rnd.pick(salt, places);

const companyName: Generator = ({ rnd, index }) =>
  `${rnd.pick('stem', companyStems)} ${rnd.pick('suffix', companySuffixes)} ${index + 1}`;

const owner: OracleFieldSpec = { name: 'OwnerId', type: 'id' };

export const contactTypes = [
  { code: 'Customer', display: 'Customer' },
  { code: 'Prospect', display: 'Prospect' },
  { code: 'Partner', display: 'Partner' },
  { code: 'Competitor', display: 'Competitor' },
  { code: 'Influencer', display: 'Influencer' },
  { code: 'Other', display: 'Other', disabled: true },
];
export const leadSources = ['Web', 'Trade Show', 'Referral', 'Purchased List', 'Other'];
/** Contact's multi-select picklist (`CustomMultiSelectPickList0`, labelled Interests). */
export const interests = [
  { code: 'NEWS', display: 'Newsletter' },
  { code: 'EVENTS', display: 'Events' },
  { code: 'PRODUCTS', display: 'Product updates' },
  { code: 'OFFERS', display: 'Offers' },
];

const contact: OracleObjectSpec = {
  name: 'Contact',
  namespaceName: 'contact',
  idPrefix: 'AYCA',
  fields: [
    ...auditFields(),
    owner,
    text('ContactFirstName', 50),
    text('ContactLastName', 50, { required: true }),
    text('MiddleName', 50),
    text('ContactEmail', 100),
    text('JobTitle', 75),
    text('Department', 75),
    text('WorkPhone', 40),
    text('CellularPhone', 40),
    picklistOf('ContactType', contactTypes),
    picklistOf('LeadSource', leadSources),
    { name: 'NeverEmail', type: 'boolean' },
    { name: 'DateofBirth', type: 'date' },
    text('AlternateAddress1', 200),
    text('AlternateCity', 50),
    text('AlternateZipCode', 30),
    text('AlternateCountry', 30),
    { name: 'AccountId', type: 'id' },
    { name: 'CustomMultiSelectPickList0', type: 'multiPicklist', picklist: interests },
  ],
  generators: {
    ContactFirstName: firstName,
    ContactLastName: lastName,
    ContactEmail: (ctx) =>
      ctx.rnd.chance('email:none', 0.05)
        ? null
        : emailOf(
            ctx.get('ContactFirstName'),
            ctx.get('ContactLastName'),
            ctx.index,
            ctx.rnd.pick('domain', emailDomains),
          ),
    JobTitle: pick(titles, 'title', 0.2),
    Department: pick(departments, 'department', 0.3),
    WorkPhone: phoneNumber('phone', 0.1),
    CellularPhone: phoneNumber('mobile', 0.4),
    ContactType: pick(
      contactTypes.filter((entry) => !entry.disabled).map((entry) => entry.code),
      'type',
      0.2,
    ),
    LeadSource: pick(leadSources, 'leadSource', 0.25),
    NeverEmail: ({ rnd }) => rnd.chance('neverEmail', 0.08),
    DateofBirth: dayAround('birth', 365 * 70, -365 * 18, 0.5),
    AlternateAddress1: ({ rnd }) =>
      `${rnd.int('street:no', 1, 2999)} ${rnd.pick('street', streetNames)}`,
    AlternateCity: (ctx) => place(ctx, 'place').city,
    AlternateZipCode: (ctx) => place(ctx, 'place').postalCode,
    AlternateCountry: (ctx) => place(ctx, 'place').country,
    AccountId: ({ rnd, refTo }) =>
      rnd.chance('account:none', 0.1) ? null : refTo('Account', 'account'),
    CustomMultiSelectPickList0: ({ rnd }) => {
      const codes = interests.filter((_, i) => rnd.chance(`interest:${i}`, 0.3));
      return codes.length > 0 ? codes.map((entry) => entry.code).join(';') : null;
    },
  },
};

export const accountTypes = ['Customer', 'Prospect', 'Partner', 'Competitor', 'Reseller'];
export const industries = [
  'Banking',
  'Education',
  'Energy',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Technology',
  'Telecommunications',
];

const account: OracleObjectSpec = {
  name: 'Account',
  namespaceName: 'account',
  idPrefix: 'AYCB',
  fields: [
    ...auditFields(),
    owner,
    text('AccountName', 100, { required: true }),
    text('Location', 50),
    text('MainPhone', 40),
    picklistOf('AccountType', accountTypes),
    picklistOf('Industry', industries),
    text('PrimaryBillToCity', 50),
    text('PrimaryBillToPostalCode', 30),
    text('PrimaryBillToCountry', 30),
    { name: 'AnnualRevenues', type: 'number' },
    { name: 'NumberEmployees', type: 'number' },
  ],
  generators: {
    AccountName: companyName,
    Location: (ctx) => place(ctx, 'place').city,
    MainPhone: phoneNumber('phone', 0.1),
    AccountType: pick(accountTypes, 'type', 0.1),
    Industry: pick(industries, 'industry', 0.2),
    PrimaryBillToCity: (ctx) => place(ctx, 'place').city,
    PrimaryBillToPostalCode: (ctx) => place(ctx, 'place').postalCode,
    PrimaryBillToCountry: (ctx) => place(ctx, 'place').country,
    AnnualRevenues: amount('revenue', 100_000, 500_000_000, 1000, 0.3),
    NumberEmployees: amount('employees', 5, 50_000, 5, 0.3),
  },
};

export const leadStatuses = ['Not Qualified', 'Qualified', 'Rejected', 'Archived'];

const lead: OracleObjectSpec = {
  name: 'Lead',
  namespaceName: 'lead',
  idPrefix: 'AYCC',
  fields: [
    ...auditFields(),
    owner,
    text('FirstName', 50),
    text('LastName', 50, { required: true }),
    text('Company', 100),
    text('EmailAddress', 100),
    text('JobTitle', 75),
    picklistOf('Status', leadStatuses),
    picklistOf('Source', leadSources),
  ],
  generators: {
    FirstName: firstName,
    LastName: lastName,
    Company: companyName,
    EmailAddress: (ctx) =>
      emailOf(ctx.get('FirstName'), ctx.get('LastName'), ctx.index, 'lead.example'),
    JobTitle: pick(titles, 'title', 0.3),
    Status: pick(leadStatuses, 'status'),
    Source: pick(leadSources, 'source', 0.2),
  },
};

export const salesStages = [
  'Qualified Lead',
  'Building Vision',
  'Short List',
  'Selected',
  'Negotiation',
  'Closed/Won',
  'Closed/Lost',
];

const opportunity: OracleObjectSpec = {
  name: 'Opportunity',
  namespaceName: 'opportunity',
  idPrefix: 'AYCD',
  fields: [
    ...auditFields(),
    owner,
    text('OpportunityName', 100, { required: true }),
    { name: 'AccountId', type: 'id' },
    { name: 'Revenue', type: 'number' },
    { name: 'Probability', type: 'number' },
    picklistOf('SalesStage', salesStages),
    { name: 'CloseDate', type: 'date' },
  ],
  generators: {
    OpportunityName: ({ rnd, index }) => `${rnd.pick('deal', dealWords)} ${index + 1}`,
    AccountId: ({ refTo }) => refTo('Account', 'account'),
    Revenue: amount('revenue', 1000, 2_000_000, 500),
    Probability: ({ rnd }) => rnd.int('probability', 0, 10) * 10,
    SalesStage: pick(salesStages, 'stage'),
    CloseDate: dayAround('close', 365, 180),
  },
};

export const campaignTypes = ['Email', 'Event', 'Webinar', 'Direct Mail', 'Advertisement'];
export const campaignStatuses = ['Planned', 'Active', 'Completed', 'Aborted'];

const campaign: OracleObjectSpec = {
  name: 'Campaign',
  namespaceName: 'campaign',
  idPrefix: 'AYCE',
  fields: [
    ...auditFields(),
    owner,
    text('CampaignName', 100, { required: true }),
    picklistOf('CampaignType', campaignTypes),
    picklistOf('Status', campaignStatuses),
    { name: 'StartDate', type: 'date' },
    { name: 'EndDate', type: 'date' },
    { name: 'BudgetedCost', type: 'number' },
  ],
  generators: {
    CampaignName: ({ rnd, index }) => `${rnd.pick('type', campaignTypes)} campaign ${index + 1}`,
    CampaignType: pick(campaignTypes, 'type'),
    Status: pick(campaignStatuses, 'status'),
    StartDate: dayAround('start', 365, 30),
    EndDate: dayAround('end', 300, 120),
    BudgetedCost: amount('budget', 500, 200_000, 100, 0.2),
  },
};

export const userStatuses = ['Active', 'Inactive'];

const user: OracleObjectSpec = {
  name: 'User',
  namespaceName: 'user',
  idPrefix: 'AYCF',
  fields: [
    ...auditFields(),
    text('FirstName', 50),
    text('LastName', 50, { required: true }),
    text('EMailAddr', 100),
    text('UserSignInId', 100, { readOnly: true }),
    text('Alias', 50),
    text('JobTitle', 75),
    picklistOf('Status', userStatuses),
    text('TimeZoneName', 60, { readOnly: true }),
    { name: 'LastLoggedIn', type: 'dateTime', readOnly: true },
  ],
  generators: {
    FirstName: firstName,
    LastName: lastName,
    EMailAddr: (ctx) =>
      emailOf(ctx.get('FirstName'), ctx.get('LastName'), ctx.index, 'crm-console-demo.example'),
    UserSignInId: ({ index }) => `CRMCONSOLE-DEMO/USER${index + 1}`,
    Alias: ({ get }) =>
      `${String(get('FirstName')).slice(0, 1)}${String(get('LastName'))}`.slice(0, 8).toLowerCase(),
    JobTitle: pick(titles, 'title', 0.3),
    Status: ({ rnd }) => (rnd.chance('inactive', 0.1) ? 'Inactive' : 'Active'),
    LastLoggedIn: ({ rnd, anchor }) =>
      rnd.chance('neverLoggedIn', 0.1)
        ? null
        : Math.floor((anchor - rnd.float('lastLogin') ** 2 * 90 * dayMs) / 1000) * 1000,
  },
};

export const oracleObjects: readonly OracleObjectSpec[] = [
  contact,
  account,
  lead,
  opportunity,
  campaign,
  user,
];

export function objectSpec(name: string): OracleObjectSpec | undefined {
  return oracleObjects.find((spec) => spec.name.toLowerCase() === name.toLowerCase());
}
