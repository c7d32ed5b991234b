import {
  addressGenerators,
  amount,
  emailOf,
  firstName,
  lastName,
  personName,
  phoneNumber,
  pick,
} from '../../data/generators';
import { companyStems, companySuffixes, emailDomains, titles } from '../../../data/words';
import {
  addressFields,
  checkbox,
  email,
  integer,
  number,
  phone,
  picklist,
  systemFields,
  text,
  textArea,
  url,
} from '../fields';
import type { SObjectSpec } from '../object-spec';
import { industries, ratings } from './account';
import { leadSources, salutations } from './contact';

export const leadStatuses = [
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
];
const personName3 = { compoundFieldName: 'Name' };

export const lead: SObjectSpec = {
  name: 'Lead',
  label: 'Lead',
  labelPlural: 'Leads',
  keyPrefix: '00Q',
  fields: [
    ...systemFields('Lead', { owner: true, isDeleted: true }),
    text('LastName', 'Last Name', 80, { ...personName3, nillable: false }),
    text('FirstName', 'First Name', 40, personName3),
    picklist('Salutation', 'Salutation', { values: salutations }, personName3),
    text('Name', 'Full Name', 121, {
      createable: false,
      updateable: false,
      nameField: true,
      extraTypeInfo: 'personname',
    }),
    text('Title', 'Title', 128),
    text('Company', 'Company', 255, { nillable: false }),
    ...addressFields('', ''),
    phone('Phone', 'Phone'),
    phone('MobilePhone', 'Mobile Phone'),
    email('Email', 'Email', { idLookup: true }),
    url('Website', 'Website'),
    textArea('Description', 'Description', 32000),
    picklist('LeadSource', 'Lead Source', { values: leadSources }),
    picklist(
      'Status',
      'Status',
      { values: leadStatuses, defaultValue: 'Open - Not Contacted', restricted: true },
      { nillable: false },
    ),
    picklist('Industry', 'Industry', { values: industries }),
    picklist('Rating', 'Rating', { values: ratings }),
    number('AnnualRevenue', 'Annual Revenue', 'currency', 18, 0),
    integer('NumberOfEmployees', 'Employees', 8),
    checkbox('HasOptedOutOfEmail', 'Email Opt Out'),
    checkbox('IsConverted', 'Converted', { createable: true, updateable: false }),
  ],
  generators: {
    FirstName: firstName,
    LastName: lastName,
    Salutation: pick(salutations, 'salutation', 0.4),
    Title: pick(titles, 'title', 0.3),
    Company: ({ rnd }) =>
      `${rnd.pick('stem', companyStems)} ${rnd.pick('suffix', companySuffixes)}`,
    ...addressGenerators('', 'address'),
    Phone: phoneNumber('phone', 0.2),
    MobilePhone: phoneNumber('mobile', 0.5),
    Email: (ctx) =>
      emailOf(
        ctx.get('FirstName'),
        ctx.get('LastName'),
        ctx.index,
        ctx.rnd.pick('domain', emailDomains),
      ),
    LeadSource: pick(leadSources, 'leadSource', 0.1),
    Status: pick(leadStatuses, 'status'),
    Industry: pick(industries, 'industry', 0.3),
    Rating: pick(ratings, 'rating', 0.4),
    AnnualRevenue: amount('revenue', 50_000, 50_000_000, 1000, 0.5),
    NumberOfEmployees: ({ rnd }) =>
      rnd.chance('employees:none', 0.4) ? null : rnd.int('employees', 1, 5000),
    HasOptedOutOfEmail: ({ rnd }) => rnd.chance('optOut', 0.1),
    IsConverted: (ctx) => ctx.get('Status') === 'Closed - Converted',
  },
  derived: { Name: personName },
};
