import type { AccountType } from '../../shared/domain/accounts';
import type { CrmUnderTest } from './crm-under-test';
import { salesforceUnderTest } from './salesforce';

/** Every CRM the matrices run on: a kind joins them with one line here as it lands. */
export const crmsUnderTest: { readonly [T in AccountType]?: CrmUnderTest } = {
  salesforce: salesforceUnderTest,
};
