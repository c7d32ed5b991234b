import type { EntitySpec } from '../entity-spec';
import { account } from './account';
import { contact } from './contact';
import { lead } from './lead';
import { loyalty } from './loyalty';
import { opportunity } from './opportunity';
import { systemuser } from './systemuser';

/** The entities the emulated organization has. */
export const entitySpecs: readonly EntitySpec[] = [
  account,
  contact,
  lead,
  opportunity,
  systemuser,
  loyalty,
];
