import { amount, dayAround } from '../../../salesforce/data/generators';
import { positionalKey } from '../../../salesforce/schema/object-spec';
import {
  choice,
  choices,
  dateOnly,
  localOptions,
  lookup,
  money,
  systemAttributes,
  text,
  whole,
} from '../attributes';
import type { EntitySpec } from '../entity-spec';
import { regionOptionSet } from '../option-sets';

const memberKey = positionalKey('LM-');
const programs = ['Newsletter', 'Events', 'Partner Offers', 'VIP Lounge', 'Early Access'];

/**
 * A custom entity, as a maker would add one: a lookup to contact, an alternate key, and the
 * columns the console's wizard must skip with a reason (multi-select, customer, party list).
 */
export const loyalty: EntitySpec = {
  logicalName: 'new_loyalty',
  entitySetName: 'new_loyalties',
  displayName: 'Loyalty Membership',
  displayCollectionName: 'Loyalty Memberships',
  objectTypeCode: 10_010,
  primaryIdAttribute: 'new_loyaltyid',
  primaryNameAttribute: 'new_name',
  isCustomEntity: true,
  attributes: [
    ...systemAttributes('new_loyalty', 'new_loyaltyid'),
    text('new_name', 'Name', 100, { required: 'ApplicationRequired' }),
    text('new_code', 'Member Number', 20),
    lookup('new_contactid', 'Contact', ['contact']),
    choices(
      'new_programs',
      'Programs',
      localOptions('new_loyalty_new_programs', programs, 100000000),
    ),
    choice(
      'new_tier',
      'Tier',
      localOptions('new_loyalty_new_tier', ['Bronze', 'Silver', 'Gold', 'Platinum'], 100000000),
    ),
    choice('new_region', 'Region', regionOptionSet),
    whole('new_points', 'Points', { minValue: 0, maxValue: 100_000_000 }),
    money('new_balance', 'Balance'),
    {
      name: 'new_customerid',
      label: 'Customer',
      type: 'Customer',
      targets: ['account', 'contact'],
    },
    {
      name: 'new_participants',
      label: 'Participants',
      type: 'PartyList',
      targets: ['contact', 'systemuser'],
    },
    dateOnly('new_joinedon', 'Joined On'),
  ],
  generators: {
    new_name: ({ index }) => `Membership ${index + 1}`,
    new_code: ({ index }) => memberKey.format(index),
    new_contactid: ({ refTo }) => refTo('contact', 'contact'),
    new_programs: ({ rnd }) => {
      const chosen = programs
        .map((_, i) => i)
        .filter((i) => rnd.chance(`program:${i}`, 0.35))
        .map((i) => 100000000 + i);
      return chosen.length > 0 ? chosen.join(',') : null;
    },
    new_tier: ({ rnd }) => 100000000 + rnd.int('tier', 0, 3),
    new_region: ({ rnd }) => 100000000 + rnd.int('region', 0, 3),
    new_points: ({ rnd }) => rnd.int('points', 0, 50_000),
    new_balance: amount('balance', 0, 2000, 5),
    new_customerid: ({ refTo }) => refTo('contact', 'contact'),
    new_joinedon: dayAround('joined', 1500, 0),
  },
  alternateKeys: [{ name: 'new_code_key', attributes: ['new_code'] }],
  generatedKeys: { new_code: memberKey },
};
