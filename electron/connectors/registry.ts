import type { AccountType } from '../../shared/domain/accounts';
import type { CrmKind } from './crm-kind';
import { dynamicsKind } from './dynamics/dynamics-kind';
import { oracleKind } from './oracle/oracle-kind';
import { salesforceKind } from './salesforce/salesforce-kind';

/** Every CRM kind the console connects to: a new kind is its folder plus one line here. */
export const crmKinds: { readonly [T in AccountType]: CrmKind<T> } = {
  salesforce: salesforceKind,
  dynamics: dynamicsKind,
  oracle: oracleKind,
};
