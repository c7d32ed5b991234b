import { amount, dayAround } from '../../../salesforce/data/generators';
import { dealWords } from '../../../data/words';
import {
  choice,
  dateOnly,
  localOptions,
  lookup,
  money,
  systemAttributes,
  text,
  whole,
} from '../attributes';
import type { EntitySpec } from '../entity-spec';

export const opportunity: EntitySpec = {
  logicalName: 'opportunity',
  entitySetName: 'opportunities',
  displayName: 'Opportunity',
  displayCollectionName: 'Opportunities',
  objectTypeCode: 3,
  primaryIdAttribute: 'opportunityid',
  primaryNameAttribute: 'name',
  attributes: [
    ...systemAttributes('opportunity', 'opportunityid', {
      states: [
        { value: 0, label: 'Open' },
        { value: 1, label: 'Won' },
        { value: 2, label: 'Lost' },
      ],
      statuses: [
        { value: 1, label: 'In Progress', state: 0 },
        { value: 2, label: 'On Hold', state: 0 },
        { value: 3, label: 'Won', state: 1 },
        { value: 4, label: 'Canceled', state: 2 },
        { value: 5, label: 'Out-Sold', state: 2 },
      ],
    }),
    text('name', 'Topic', 300, { required: 'ApplicationRequired' }),
    {
      name: 'customerid',
      label: 'Potential Customer',
      type: 'Customer',
      targets: ['account', 'contact'],
    },
    lookup('parentcontactid', 'Contact', ['contact']),
    money('estimatedvalue', 'Est. Revenue'),
    dateOnly('estimatedclosedate', 'Est. Close Date'),
    whole('closeprobability', 'Probability', { minValue: 0, maxValue: 100 }),
    choice(
      'opportunityratingcode',
      'Rating',
      localOptions('opportunity_opportunityratingcode', ['Hot', 'Warm', 'Cold']),
    ),
  ],
  generators: {
    name: ({ rnd, index }) => `${rnd.pick('deal', dealWords)} ${index + 1}`,
    customerid: ({ refTo }) => refTo('account', 'account'),
    parentcontactid: ({ rnd, refTo }) =>
      rnd.chance('contact:none', 0.3) ? null : refTo('contact', 'contact'),
    estimatedvalue: amount('value', 5000, 500_000, 500),
    estimatedclosedate: dayAround('close', 90, 180),
    closeprobability: ({ rnd }) => rnd.int('probability', 0, 10) * 10,
    opportunityratingcode: ({ rnd }) => rnd.int('rating', 1, 3),
  },
};
