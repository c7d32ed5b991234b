import { dayAround, pick } from '../../data/generators';
import {
  checkbox,
  date,
  dateTime,
  lookup,
  multiPicklist,
  number,
  picklist,
  systemFields,
  text,
} from '../fields';
import { positionalKey, type SObjectSpec } from '../object-spec';
import { dayMs } from '../../datetime';

export const loyaltyPrograms = [
  'Newsletter',
  'Events',
  'Partner Offers',
  'VIP Lounge',
  'Early Access',
];
const tiers = ['Bronze', 'Silver', 'Gold', 'Platinum'];
const memberKey = positionalKey('LM-');

/**
 * A custom object, as an org's admin would add one: a lookup to Contact, an external id, and
 * a multi-select picklist (which the console must refuse to map to an enumeration).
 */
export const loyalty: SObjectSpec = {
  name: 'Loyalty__c',
  label: 'Loyalty Membership',
  labelPlural: 'Loyalty Memberships',
  keyPrefix: 'a0L',
  fields: [
    ...systemFields('Record', { owner: true, isDeleted: true }),
    text('Name', 'Loyalty Membership Name', 80, { nameField: true }),
    date('LastActivityDate', 'Last Activity Date', { createable: false, updateable: false }),
    lookup('Contact__c', 'Contact', ['Contact'], 'Contact__r'),
    text('Member_Number__c', 'Member Number', 20, {
      externalId: true,
      unique: true,
      idLookup: true,
      caseSensitive: false,
    }),
    picklist('Tier__c', 'Tier', { values: tiers, defaultValue: 'Bronze', restricted: true }),
    multiPicklist('Programs__c', 'Programs', { values: loyaltyPrograms }),
    number('Points__c', 'Points', 'double', 18, 0),
    date('Enrolled_On__c', 'Enrolled On'),
    dateTime('Last_Visit__c', 'Last Visit'),
    checkbox('Active__c', 'Active'),
  ],
  generators: {
    Name: ({ index }) => memberKey.format(index),
    Contact__c: ({ refTo }) => refTo('Contact', 'member'),
    Member_Number__c: ({ index }) => memberKey.format(index),
    Tier__c: pick(tiers, 'tier'),
    Programs__c: ({ rnd }) => {
      const chosen = loyaltyPrograms.filter((_, i) => rnd.chance(`program${i}`, 0.35));
      return chosen.length > 0 ? chosen.join(';') : null;
    },
    Points__c: ({ rnd }) => rnd.int('points', 0, 250_000),
    Enrolled_On__c: dayAround('enrolled', 1500, 0),
    Last_Visit__c: ({ rnd, anchor }) =>
      rnd.chance('visit:none', 0.2)
        ? null
        : Math.floor((anchor - rnd.float('visit') * 400 * dayMs) / 1000) * 1000,
    Active__c: ({ rnd }) => rnd.chance('active', 0.8),
  },
  generatedKeys: { Member_Number__c: memberKey },
  flags: { custom: true, feedEnabled: false },
};
