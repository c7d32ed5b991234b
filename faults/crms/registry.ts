import type { AccountType } from '../../shared/domain/accounts';
import type { CrmUnderTest } from './crm-under-test';
import { salesforceUnderTest } from './salesforce';

/** Every CRM the matrices run on: Dynamics and Oracle add one line each as they land. */
export const crmsUnderTest: { readonly [T in AccountType]: CrmUnderTest } = {
  salesforce: salesforceUnderTest,
};
