import {
  amount,
  emailOf,
  firstName,
  lastName,
  phoneNumber,
} from '../../../salesforce/data/generators';
import { companyStems, dealWords, emailDomains } from '../../../data/words';
import {
  choice,
  email,
  localOptions,
  lookup,
  money,
  phone,
  systemAttributes,
  text,
} from '../attributes';
import type { EntitySpec } from '../entity-spec';
import { personName } from './person-name';

export const lead: EntitySpec = {
  logicalName: 'lead',
  entitySetName: 'leads',
  displayName: 'Lead',
  displayCollectionName: 'Leads',
  objectTypeCode: 4,
  primaryIdAttribute: 'leadid',
  primaryNameAttribute: 'fullname',
  attributes: [
    ...systemAttributes('lead', 'leadid', {
      states: [
        { value: 0, label: 'Open' },
        { value: 1, label: 'Qualified' },
        { value: 2, label: 'Disqualified' },
      ],
      statuses: [
        { value: 1, label: 'New', state: 0 },
        { value: 2, label: 'Contacted', state: 0 },
        { value: 3, label: 'Qualified', state: 1 },
        { value: 4, label: 'Lost', state: 2 },
      ],
    }),
    text('subject', 'Topic', 300, { required: 'ApplicationRequired' }),
    text('firstname', 'First Name', 50),
    text('lastname', 'Last Name', 50, { required: 'ApplicationRequired' }),
    text('fullname', 'Name', 160, { readOnly: true }),
    text('companyname', 'Company Name', 100),
    email('emailaddress1', 'Email'),
    phone('telephone1', 'Business Phone'),
    choice(
      'leadsourcecode',
      'Lead Source',
      localOptions('lead_leadsourcecode', ['Advertisement', 'Employee Referral', 'Web', 'Other']),
    ),
    choice(
      'leadqualitycode',
      'Rating',
      localOptions('lead_leadqualitycode', ['Hot', 'Warm', 'Cold']),
    ),
    money('estimatedamount', 'Est. Value'),
    lookup('parentcontactid', 'Existing Contact', ['contact']),
  ],
  generators: {
    subject: ({ rnd }) => `${rnd.pick('deal', dealWords)} interest`,
    firstname: firstName,
    lastname: lastName,
    companyname: ({ rnd }) => `${rnd.pick('company', companyStems)} Prospects`,
    emailaddress1: (ctx) =>
      emailOf(
        ctx.get('firstname'),
        ctx.get('lastname'),
        ctx.index,
        ctx.rnd.pick('domain', emailDomains),
      ),
    telephone1: phoneNumber('phone', 0.2),
    leadsourcecode: ({ rnd }) => rnd.int('source', 1, 4),
    leadqualitycode: ({ rnd }) => rnd.int('quality', 1, 3),
    estimatedamount: amount('estimate', 1000, 250_000, 500, 0.4),
  },
  derived: { fullname: personName },
};
