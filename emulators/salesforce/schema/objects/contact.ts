import {
  addressGenerators,
  constant,
  dayAround,
  emailOf,
  firstName,
  lastName,
  personName,
  phoneNumber,
  pick,
} from '../../data/generators';
import { departments, emailDomains, titles } from '../../../data/words';
import {
  addressFields,
  checkbox,
  date,
  email,
  lookup,
  phone,
  picklist,
  systemFields,
  text,
  textArea,
} from '../fields';
import { positionalKey, type SObjectSpec } from '../object-spec';

export const salutations = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.'];
export const leadSources = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
const personName3 = { compoundFieldName: 'Name' };
const contactKey = positionalKey('C-');

export const contact: SObjectSpec = {
  name: 'Contact',
  label: 'Contact',
  labelPlural: 'Contacts',
  keyPrefix: '003',
  fields: [
    ...systemFields('Contact', { owner: true, isDeleted: true }),
    lookup('MasterRecordId', 'Master Record ID', ['Contact'], 'MasterRecord', {
      createable: false,
      updateable: false,
    }),
    lookup('AccountId', 'Account ID', ['Account'], 'Account'),
    text('LastName', 'Last Name', 80, { ...personName3, nillable: false, idLookup: false }),
    text('FirstName', 'First Name', 40, personName3),
    picklist('Salutation', 'Salutation', { values: salutations }, personName3),
    text('Name', 'Full Name', 121, {
      createable: false,
      updateable: false,
      nameField: true,
      idLookup: false,
      extraTypeInfo: 'personname',
    }),
    ...addressFields('Mailing', 'Mailing'),
    phone('Phone', 'Business Phone'),
    phone('MobilePhone', 'Mobile Phone'),
    email('Email', 'Email', { idLookup: true }),
    text('Title', 'Title', 128),
    text('Department', 'Department', 80),
    picklist('LeadSource', 'Lead Source', { values: leadSources }),
    date('Birthdate', 'Birthdate'),
    textArea('Description', 'Contact Description', 32000, { extraTypeInfo: undefined }),
    checkbox('HasOptedOutOfEmail', 'Email Opt Out'),
    checkbox('DoNotCall', 'Do Not Call'),
    date('LastActivityDate', 'Last Activity', { createable: false, updateable: false }),
    text('External_Id__c', 'External Id', 40, {
      externalId: true,
      unique: true,
      idLookup: true,
      inlineHelpText: 'Key of this contact in the marketing platform.',
    }),
    text('Portal_Username__c', 'Portal Username', 80, { unique: true, idLookup: true }),
  ],
  generators: {
    AccountId: ({ rnd, refTo }) =>
      rnd.chance('account:none', 0.1) ? null : refTo('Account', 'account'),
    FirstName: firstName,
    LastName: lastName,
    Salutation: pick(salutations, 'salutation', 0.3),
    ...addressGenerators('Mailing', 'mailing'),
    Phone: phoneNumber('phone', 0.1),
    MobilePhone: phoneNumber('mobile', 0.4),
    Email: (ctx) =>
      ctx.rnd.chance('email:none', 0.05)
        ? null
        : emailOf(
            ctx.get('FirstName'),
            ctx.get('LastName'),
            ctx.index,
            ctx.rnd.pick('domain', emailDomains),
          ),
    Title: pick(titles, 'title', 0.2),
    Department: pick(departments, 'department', 0.3),
    LeadSource: pick(leadSources, 'leadSource', 0.25),
    Birthdate: dayAround('birthdate', 365 * 70, -365 * 18, 0.5),
    HasOptedOutOfEmail: ({ rnd }) => rnd.chance('optOut', 0.08),
    DoNotCall: ({ rnd }) => rnd.chance('doNotCall', 0.05),
    Description: constant(null),
    External_Id__c: ({ index }) => contactKey.format(index),
  },
  derived: { Name: personName },
  generatedKeys: { External_Id__c: contactKey },
};
