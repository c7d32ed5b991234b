import {
  emailOf,
  firstName,
  lastName,
  phoneNumber,
  placeOf,
  dayAround,
  amount,
} from '../../../salesforce/data/generators';
import { emailDomains, titles } from '../../../data/words';
import { positionalKey } from '../../../salesforce/schema/object-spec';
import {
  choice,
  dateOnly,
  email,
  localOptions,
  memo,
  money,
  phone,
  systemAttributes,
  text,
  yesNo,
} from '../attributes';
import type { EntitySpec } from '../entity-spec';
import { personName } from './person-name';

export const contactKey = positionalKey('C-');

export const contact: EntitySpec = {
  logicalName: 'contact',
  entitySetName: 'contacts',
  displayName: 'Contact',
  displayCollectionName: 'Contacts',
  objectTypeCode: 2,
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  attributes: [
    ...systemAttributes('contact', 'contactid'),
    text('firstname', 'First Name', 50),
    text('lastname', 'Last Name', 50, { required: 'ApplicationRequired' }),
    text('fullname', 'Full Name', 160, { readOnly: true }),
    email('emailaddress1', 'Email'),
    phone('telephone1', 'Business Phone'),
    phone('mobilephone', 'Mobile Phone'),
    text('jobtitle', 'Job Title', 100),
    text('address1_line1', 'Address 1: Street 1', 250),
    text('address1_city', 'Address 1: City', 80),
    text('address1_postalcode', 'Address 1: ZIP/Postal Code', 20),
    text('address1_country', 'Address 1: Country/Region', 80),
    dateOnly('birthdate', 'Birthday'),
    {
      name: 'parentcustomerid',
      label: 'Company Name',
      type: 'Customer',
      targets: ['account', 'contact'],
    },
    choice('gendercode', 'Gender', localOptions('contact_gendercode', ['Male', 'Female'])),
    choice(
      'preferredcontactmethodcode',
      'Preferred Method of Contact',
      localOptions('contact_preferredcontactmethodcode', ['Any', 'Email', 'Phone', 'Fax', 'Mail']),
    ),
    yesNo('donotemail', 'Do not allow Emails'),
    money('creditlimit', 'Credit Limit'),
    memo('description', 'Description', 2000),
    text('new_externalid', 'External Id', 40),
  ],
  generators: {
    firstname: firstName,
    lastname: lastName,
    emailaddress1: (ctx) =>
      ctx.rnd.chance('email:none', 0.05)
        ? null
        : emailOf(
            ctx.get('firstname'),
            ctx.get('lastname'),
            ctx.index,
            ctx.rnd.pick('domain', emailDomains),
          ),
    telephone1: phoneNumber('phone', 0.1),
    mobilephone: phoneNumber('mobile', 0.4),
    jobtitle: ({ rnd }) => (rnd.chance('title:null', 0.2) ? null : rnd.pick('title', titles)),
    address1_city: (ctx) => placeOf(ctx, 'address').city,
    address1_postalcode: (ctx) => placeOf(ctx, 'address').postalCode,
    address1_country: (ctx) => placeOf(ctx, 'address').country,
    birthdate: dayAround('birthdate', 365 * 70, -365 * 18, 0.5),
    parentcustomerid: ({ rnd, refTo }) =>
      rnd.chance('account:none', 0.1) ? null : refTo('account', 'account'),
    gendercode: ({ rnd }) => (rnd.chance('gender:null', 0.3) ? null : rnd.int('gender', 1, 2)),
    preferredcontactmethodcode: ({ rnd }) => rnd.int('contactMethod', 1, 5),
    donotemail: ({ rnd }) => rnd.chance('optOut', 0.08),
    creditlimit: amount('creditLimit', 0, 50_000, 500, 0.6),
    new_externalid: ({ index }) => contactKey.format(index),
  },
  derived: { fullname: personName },
  alternateKeys: [{ name: 'new_externalid_key', attributes: ['new_externalid'] }],
  generatedKeys: { new_externalid: contactKey },
};
