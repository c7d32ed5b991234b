import type { CrmField } from '../../shared/domain/crm';

/** Fields of a CRM table description, as a connector maps them, for service tests. */
export const crmFields = {
  id: (): CrmField => ({
    name: 'Id',
    label: 'Contact ID',
    crmType: 'id',
    type: 'string',
    length: 18,
    nillable: false,
    externalId: false,
  }),
  email: (): CrmField => ({
    name: 'Email',
    label: 'Email',
    crmType: 'email',
    type: 'string',
    length: 80,
    nillable: true,
    externalId: false,
  }),
  lastModified: (): CrmField => ({
    name: 'LastModifiedDate',
    label: 'Last Modified Date',
    crmType: 'datetime',
    type: 'datetime',
    nillable: false,
    externalId: false,
  }),
};
