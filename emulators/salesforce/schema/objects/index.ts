import type { SObjectSpec } from '../object-spec';
import { account } from './account';
import { campaign } from './campaign';
import { campaignMember } from './campaign-member';
import { contact } from './contact';
import { lead } from './lead';
import { loyalty } from './loyalty';
import { opportunity } from './opportunity';
import { task } from './task';
import { user } from './user';

/** Every object the Salesforce emulator serves, in describeGlobal's (alphabetical) order. */
export const sobjectSpecs: readonly SObjectSpec[] = [
  account,
  campaign,
  campaignMember,
  contact,
  lead,
  loyalty,
  opportunity,
  task,
  user,
].sort((a, b) => a.name.localeCompare(b.name));
