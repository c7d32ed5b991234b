import { amount, phoneNumber, placeOf } from '../../../salesforce/data/generators';
import { companyStems, companySuffixes } from '../../../data/words';
import { positionalKey } from '../../../salesforce/schema/object-spec';
import {
  choice,
  email,
  localOptions,
  lookup,
  memo,
  money,
  phone,
  systemAttributes,
  text,
  whole,
} from '../attributes';
import type { EntitySpec } from '../entity-spec';
import { regionOptionSet } from '../option-sets';

const accountKey = positionalKey('A-');
const industries = ['Accounting', 'Agriculture', 'Consulting', 'Financial', 'Retail', 'Services'];

export const account: EntitySpec = {
  logicalName: 'account',
  entitySetName: 'accounts',
  displayName: 'Account',
  displayCollectionName: 'Accounts',
  objectTypeCode: 1,
  primaryIdAttribute: 'accountid',
  primaryNameAttribute: 'name',
  attributes: [
    ...systemAttributes('account', 'accountid'),
    text('name', 'Account Name', 160, { required: 'ApplicationRequired' }),
    text('accountnumber', 'Account Number', 20),
    phone('telephone1', 'Main Phone'),
    email('emailaddress1', 'Email'),
    text('websiteurl', 'Website', 200, { format: 'Url' }),
    text('address1_city', 'Address 1: City', 80),
    text('address1_country', 'Address 1: Country/Region', 80),
    choice('industrycode', 'Industry', localOptions('account_industrycode', industries)),
    choice('new_region', 'Region', regionOptionSet),
    money('revenue', 'Annual Revenue'),
    whole('numberofemployees', 'Number of Employees', { minValue: 0, maxValue: 1000000000 }),
    lookup('primarycontactid', 'Primary Contact', ['contact']),
    memo('description', 'Description', 2000),
  ],
  generators: {
    name: ({ rnd, index }) =>
      `${rnd.pick('stem', companyStems)} ${rnd.pick('suffix', companySuffixes)} ${index + 1}`,
    accountnumber: ({ index }) => accountKey.format(index),
    telephone1: phoneNumber('phone', 0.1),
    websiteurl: ({ index }) => `https://www.account${index + 1}.example.com`,
    address1_city: (ctx) => placeOf(ctx, 'address').city,
    address1_country: (ctx) => placeOf(ctx, 'address').country,
    industrycode: ({ rnd }) =>
      rnd.chance('industry:null', 0.2) ? null : rnd.int('industry', 1, 6),
    new_region: ({ rnd }) => 100000000 + rnd.int('region', 0, 3),
    revenue: amount('revenue', 100_000, 50_000_000, 1000, 0.3),
    numberofemployees: ({ rnd }) => rnd.int('employees', 1, 20_000),
    primarycontactid: ({ rnd, refTo }) =>
      rnd.chance('contact:none', 0.4) ? null : refTo('contact', 'contact'),
  },
  alternateKeys: [{ name: 'accountnumber_key', attributes: ['accountnumber'] }],
  generatedKeys: { accountnumber: accountKey },
};
