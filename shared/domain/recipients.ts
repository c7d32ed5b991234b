import type { Enumeration } from './enumerations';
import type { TableDefinitionInput } from './records';

/** The platform's profiles (Campaign's nms:recipient), built into every instance. */
export const recipientsTableName = 'nmsRecipient';

export const genderEnumeration: Enumeration = {
  name: 'nmsRecipient_gender',
  label: 'Gender',
  values: [
    { value: '0', label: 'Unknown', enabled: true },
    { value: '1', label: 'Male', enabled: true },
    { value: '2', label: 'Female', enabled: true },
  ],
};

export const recipientsTable: TableDefinitionInput = {
  name: recipientsTableName,
  label: 'Recipients',
  key: ['id'],
  // One external-id column per CRM kind, so that imported contacts can be reconciled.
  uniqueKeys: [['salesforceId'], ['dynamicsId'], ['oracleId']],
  columns: [
    { name: 'id', label: 'Primary key', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string', length: 128 },
    { name: 'firstName', label: 'First name', type: 'string', length: 64 },
    { name: 'lastName', label: 'Last name', type: 'string', length: 64 },
    { name: 'gender', label: 'Gender', type: 'byte', enumeration: genderEnumeration.name },
    { name: 'birthDate', label: 'Birth date', type: 'date' },
    { name: 'company', label: 'Company', type: 'string', length: 80 },
    { name: 'phone', label: 'Phone', type: 'string', length: 32 },
    { name: 'blackList', label: 'No longer contact (by any channel)', type: 'boolean' },
    { name: 'blackListEmail', label: 'No longer contact by email', type: 'boolean' },
    { name: 'blackListPhone', label: 'No longer contact by phone', type: 'boolean' },
    { name: 'created', label: 'Created', type: 'datetime' },
    { name: 'lastModified', label: 'Last modified', type: 'datetime' },
    { name: 'salesforceId', label: 'Salesforce id', type: 'string', length: 18 },
    { name: 'dynamicsId', label: 'Dynamics 365 id', type: 'uuid' },
    { name: 'oracleId', label: 'Oracle CRM On Demand id', type: 'string', length: 32 },
  ],
};
