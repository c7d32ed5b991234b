/**
 * The standard objects of Oracle CRM On Demand's templates and their Web Services v2.0 fields.
 * Oracle publishes them per object (a WSDL each) and has no call listing objects or fields, so
 * the connector knows them as the seed does: the standard objects only, custom tables are not
 * recovered (the seed's first Oracle limitation).
 */
export type OracleFieldType =
  | 'id'
  | 'text'
  | 'note'
  | 'dateTime'
  | 'date'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'picklist'
  | 'multiPicklist';

export interface OracleFieldInfo {
  name: string;
  label: string;
  type: OracleFieldType;
  length?: number;
  /** Needed on Insert. */
  required?: boolean;
}

export interface OracleObjectInfo {
  name: string;
  label: string;
  fields: readonly OracleFieldInfo[];
}

const f = (
  name: string,
  label: string,
  type: OracleFieldType,
  extra: Partial<OracleFieldInfo> = {},
): OracleFieldInfo => ({ name, label, type, ...extra });
const text = (name: string, label: string, length: number, required = false) =>
  f(name, label, 'text', { length, ...(required ? { required } : {}) });

/** What every object has: the row id, audit dates and users, the keys of other systems. */
const audit: OracleFieldInfo[] = [
  f('Id', 'Row Id', 'id'),
  f('CreatedDate', 'Created', 'dateTime'),
  f('CreatedById', 'Created By Id', 'id'),
  f('ModifiedDate', 'Modified', 'dateTime'),
  f('ModifiedById', 'Modified By Id', 'id'),
  f('LastUpdated', 'Last Updated', 'dateTime'),
  text('ExternalSystemId', 'External Unique Id', 30),
  text('IntegrationId', 'Integration Id', 30),
];
const owner = f('OwnerId', 'Owner Id', 'id');

export const oracleObjects: readonly OracleObjectInfo[] = [
  {
    name: 'Account',
    label: 'Account',
    fields: [
      ...audit,
      owner,
      text('AccountName', 'Account Name', 100, true),
      text('Location', 'Location', 50),
      text('MainPhone', 'Main Phone #', 40),
      f('AccountType', 'Account Type', 'picklist'),
      f('Industry', 'Industry', 'picklist'),
      text('PrimaryBillToCity', 'Billing City', 50),
      text('PrimaryBillToPostalCode', 'Billing Zip/Postal Code', 30),
      text('PrimaryBillToCountry', 'Billing Country', 30),
      f('AnnualRevenues', 'Annual Revenues', 'number'),
      f('NumberEmployees', 'Number of Employees', 'integer'),
    ],
  },
  {
    name: 'Campaign',
    label: 'Campaign',
    fields: [
      ...audit,
      owner,
      text('CampaignName', 'Campaign Name', 100, true),
      f('CampaignType', 'Campaign Type', 'picklist'),
      f('Status', 'Status', 'picklist'),
      f('StartDate', 'Start Date', 'date'),
      f('EndDate', 'End Date', 'date'),
      f('BudgetedCost', 'Budgeted Cost', 'number'),
    ],
  },
  {
    name: 'Contact',
    label: 'Contact',
    fields: [
      ...audit,
      owner,
      text('ContactFirstName', 'First Name', 50),
      text('ContactLastName', 'Last Name', 50, true),
      text('MiddleName', 'Middle Name', 50),
      text('ContactEmail', 'Email', 100),
      text('JobTitle', 'Job Title', 75),
      text('Department', 'Department', 75),
      text('WorkPhone', 'Work Phone #', 40),
      text('CellularPhone', 'Mobile #', 40),
      f('ContactType', 'Contact Type', 'picklist'),
      f('LeadSource', 'Source', 'picklist'),
      f('NeverEmail', 'Never Email', 'boolean'),
      f('DateofBirth', 'Date of Birth', 'date'),
      text('AlternateAddress1', 'Address 1', 200),
      text('AlternateCity', 'City', 50),
      text('AlternateZipCode', 'Zip Code', 30),
      text('AlternateCountry', 'Country', 30),
      f('AccountId', 'Account Id', 'id'),
      f('CustomMultiSelectPickList0', 'Interests', 'multiPicklist'),
    ],
  },
  {
    name: 'Lead',
    label: 'Lead',
    fields: [
      ...audit,
      owner,
      text('FirstName', 'First Name', 50),
      text('LastName', 'Last Name', 50, true),
      text('Company', 'Company', 100),
      text('EmailAddress', 'Email', 100),
      text('JobTitle', 'Job Title', 75),
      f('Status', 'Status', 'picklist'),
      f('Source', 'Source', 'picklist'),
    ],
  },
  {
    name: 'Opportunity',
    label: 'Opportunity',
    fields: [
      ...audit,
      owner,
      text('OpportunityName', 'Opportunity Name', 100, true),
      f('AccountId', 'Account Id', 'id'),
      f('Revenue', 'Revenue', 'number'),
      f('Probability', 'Probability %', 'integer'),
      f('SalesStage', 'Sales Stage', 'picklist'),
      f('CloseDate', 'Close Date', 'date'),
    ],
  },
  {
    name: 'User',
    label: 'User',
    fields: [
      ...audit,
      text('FirstName', 'First Name', 50),
      text('LastName', 'Last Name', 50, true),
      text('EMailAddr', 'Email', 100),
      text('UserSignInId', 'User Sign In Id', 100),
      text('Alias', 'Alias', 50),
      text('JobTitle', 'Job Title', 75),
      f('Status', 'Status', 'picklist'),
      text('TimeZoneName', 'Time Zone', 100),
      f('LastLoggedIn', 'Last Signed In', 'dateTime'),
    ],
  },
];
