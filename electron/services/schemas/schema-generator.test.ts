import { describe, expect, it } from 'vitest';
import type { CrmTableDescription } from '../../../shared/domain/crm';
import { englishText } from '../../../shared/i18n/message';
import { crmFields } from '../../test-support/crm-fixtures';
import { schemaChanges } from './schema-changes';
import { generateSchema, recordTableName } from './schema-generator';

const contact: CrmTableDescription = {
  name: 'Contact',
  label: 'Contact',
  idField: 'Id',
  modifiedFields: ['LastModifiedDate', 'SystemModstamp'],
  fields: [
    crmFields.id(),
    crmFields.email(),
    {
      name: 'LeadSource',
      label: 'Lead Source',
      crmType: 'picklist',
      type: 'string',
      length: 255,
      nillable: true,
      externalId: false,
      picklist: {
        multiSelect: false,
        values: [
          { value: 'Web', label: 'Web', active: true },
          { value: 'Partner & Co', label: 'Partner <Referral>', active: false },
        ],
      },
    },
    {
      name: 'MailingAddress',
      label: 'Mailing Address',
      crmType: 'address',
      type: null,
      nillable: true,
      externalId: false,
    },
    crmFields.lastModified(),
  ],
};
const account = { name: 'salesforceCRM', label: 'Salesforce CRM', type: 'salesforce' as const };

describe('generateSchema', () => {
  const schema = generateSchema({ account, tables: [contact] });

  it('names and labels the schema as Campaign does', () => {
    expect(schema.name).toBe('sfdc:sfdcSchemasalesforceCRM');
    expect(schema.label).toBe(
      "List of tables of connector 'Salesforce' linked to external account 'Salesforce CRM'",
    );
    expect(schema.xml).toContain(
      `<srcSchema name="sfdcSchemasalesforceCRM" namespace="sfdc" label="List of tables of connector 'Salesforce' linked to external account 'Salesforce CRM'" view="true" xtkschema="xtk:srcSchema">`,
    );
  });

  it('turns each picklist into a <Table>_<Field> enumeration, escaping values', () => {
    expect(schema.enumerations).toEqual([
      {
        name: 'Contact_LeadSource',
        label: "List of 'Lead Source' from 'Contact'",
        values: [
          { value: 'Web', label: 'Web', enabled: true },
          { value: 'Partner & Co', label: 'Partner <Referral>', enabled: false },
        ],
        table: 'Contact',
        field: 'LeadSource',
      },
    ]);
    expect(schema.xml).toContain(
      '<value label="Partner &lt;Referral&gt;" name="Partner &amp; Co" value="Partner &amp; Co"/>',
    );
  });

  it('maps fields to columns, skipping compound ones with the warning line', () => {
    expect(schema.warnings.map((w) => englishText(w))).toEqual([
      "For table 'Contact', unable to use type 'address' of field 'MailingAddress'.",
    ]);
    const [table] = schema.recordTables;
    expect(table?.definition).toMatchObject({
      name: 'sfdcSalesforceCRM_Contact',
      key: ['Id'],
      columns: [
        { name: 'Id', type: 'string', length: 18 },
        { name: 'Email', type: 'string', length: 80 },
        { name: 'LeadSource', type: 'string', enumeration: 'Contact_LeadSource' },
        { name: 'LastModifiedDate', type: 'datetime' },
      ],
    });
    expect(schema.xml).toContain(
      '<attribute name="LeadSource" label="Lead Source" type="string" length="255" enum="Contact_LeadSource"/>',
    );
    expect(schema.xml).not.toContain('MailingAddress');
  });

  it('keeps record-table names within 64 characters', () => {
    const name = recordTableName('salesforce', 'a'.repeat(40), 'VeryLongCustomObjectName__c');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^sfdcAa+_VeryLong.*_[0-9a-f]{8}$/);
  });
});

describe('schemaChanges', () => {
  it('lists tables and fields added, removed and retyped since the last run', () => {
    const next: CrmTableDescription = {
      ...contact,
      fields: [
        ...contact.fields
          .filter((f) => f.name !== 'Email')
          .map((f) => (f.name === 'Id' ? { ...f, length: 20 } : f)),
        {
          name: 'Phone',
          label: 'Phone',
          crmType: 'phone',
          type: 'string',
          length: 40,
          nillable: true,
          externalId: false,
        },
      ],
    };
    const account2: CrmTableDescription = { ...contact, name: 'Account', label: 'Account' };
    expect(schemaChanges([contact], [next, account2])).toEqual({
      addedTables: ['Account'],
      removedTables: [],
      changedTables: [
        {
          table: 'Contact',
          fields: [
            { field: 'Id', change: 'retyped', from: 'string(18)', to: 'string(20)' },
            { field: 'Phone', change: 'added', to: 'string(40)' },
            { field: 'Email', change: 'removed', from: 'string(80)' },
          ],
        },
      ],
    });
  });
});
