import { firstName, lastName } from '../../../salesforce/data/generators';
import { titles } from '../../../data/words';
import { email, systemAttributes, text, yesNo } from '../attributes';
import type { EntitySpec } from '../entity-spec';
import { personName } from './person-name';

const userDomain = 'crm-console-demo.example';

export const systemuser: EntitySpec = {
  logicalName: 'systemuser',
  entitySetName: 'systemusers',
  displayName: 'User',
  displayCollectionName: 'Users',
  objectTypeCode: 8,
  primaryIdAttribute: 'systemuserid',
  primaryNameAttribute: 'fullname',
  changeTracking: false,
  attributes: [
    ...systemAttributes('systemuser', 'systemuserid', { owner: false }),
    text('firstname', 'First Name', 64),
    text('lastname', 'Last Name', 64, { required: 'ApplicationRequired' }),
    text('fullname', 'Full Name', 200, { readOnly: true }),
    text('domainname', 'User Name', 1024, { required: 'SystemRequired' }),
    email('internalemailaddress', 'Primary Email'),
    text('title', 'Title', 128),
    yesNo('isdisabled', 'Status', { readOnly: true }),
  ],
  generators: {
    firstname: firstName,
    lastname: lastName,
    domainname: ({ index }) => `user${index + 1}@${userDomain}`,
    internalemailaddress: ({ index }) => `user${index + 1}@${userDomain}`,
    title: ({ rnd }) => rnd.pick('title', titles),
    isdisabled: ({ rnd }) => rnd.chance('disabled', 0.05),
  },
  derived: { fullname: personName },
};
