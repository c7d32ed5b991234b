import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrmField, CrmTableDescription } from '../../../shared/domain/crm';
import { englishText } from '../../../shared/i18n/message';
import { openTempConsole, type TempConsole } from '../../test-support/temp-console';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const picklist = (
  name: string,
  label: string,
  values: string[],
  multiSelect = false,
): CrmField => ({
  name,
  label,
  crmType: multiSelect ? 'multipicklist' : 'picklist',
  type: multiSelect ? 'memo' : 'string',
  nillable: true,
  externalId: false,
  picklist: {
    multiSelect,
    values: values.map((v) => ({ value: v, label: `${v} label`, active: v !== 'Old' })),
  },
});
const contact: CrmTableDescription = {
  name: 'Contact',
  label: 'Contact',
  idField: 'Id',
  modifiedFields: [],
  fields: [
    {
      name: 'Id',
      label: 'Id',
      crmType: 'id',
      type: 'string',
      length: 18,
      nillable: false,
      externalId: false,
    },
    picklist('LeadSource', 'Lead Source', ['Web', 'Phone Inquiry', 'Old']),
    picklist('Salutation', 'Salutation', ['Mr.', 'Ms.']),
    picklist('Interests__c', 'Interests', ['Golf', 'Sailing'], true),
  ],
};
const call = (channel: string, arg?: unknown) => t.core.dispatcher.dispatch(channel, arg);

describe('enumeration synchronization', () => {
  it('refuses before the account is configured', async () => {
    expect(await call('enumerations.syncRows', { account: 'demoSalesforce' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('run its configuration wizard first'),
      },
    });
  });

  describe('once configured', () => {
    beforeEach(async () => {
      await t.core.schemas.savePending('demoSalesforce', [contact]);
      await call('enumerations.create', {
        name: 'salutation',
        label: 'Salutation',
        values: [
          { value: 'Mr.', label: 'Mister', enabled: true },
          { value: 'Dr.', label: 'Doctor', enabled: true },
        ],
      });
    });

    it('lists every picklist, the multi-select one refused with its reason', async () => {
      expect(await call('enumerations.syncRows', { account: 'demoSalesforce' })).toEqual({
        ok: true,
        value: [
          {
            id: 'Contact.LeadSource',
            crmEnumeration: "List of 'Lead Source' from 'Contact'",
            defaultTarget: 'Contact_LeadSource',
            valueCount: 3,
            refusal: null,
          },
          {
            id: 'Contact.Salutation',
            crmEnumeration: "List of 'Salutation' from 'Contact'",
            defaultTarget: 'Contact_Salutation',
            valueCount: 2,
            refusal: null,
          },
          {
            id: 'Contact.Interests__c',
            crmEnumeration: "List of 'Interests' from 'Contact'",
            defaultTarget: 'Contact_Interests__c',
            valueCount: 2,
            refusal: { key: 'messages:enumerationSync.multiSelect' },
          },
        ],
      });
    });

    const choices = [
      { id: 'Contact.LeadSource', target: 'Contact_LeadSource', replace: true },
      { id: 'Contact.Salutation', target: 'salutation', replace: false },
    ];

    it('previews what each row adds, keeps and removes, changing nothing', async () => {
      const before = await call('enumerations.list');
      expect(
        await call('enumerations.syncPreview', { account: 'demoSalesforce', choices }),
      ).toEqual({
        ok: true,
        value: [
          {
            id: 'Contact.LeadSource',
            target: 'Contact_LeadSource',
            creates: true,
            added: ['Web', 'Phone Inquiry', 'Old'],
            kept: [],
            removed: [],
            warnings: [],
          },
          {
            id: 'Contact.Salutation',
            target: 'salutation',
            creates: false,
            added: ['Ms.'],
            kept: ['Mr.', 'Dr.'],
            removed: [],
            warnings: [],
          },
        ],
      });
      expect(await call('enumerations.list')).toEqual(before);
    });

    it('warns before merging text values into an enumeration of numeric codes, not on Replace', async () => {
      await call('enumerations.create', {
        name: 'gender',
        label: 'Gender',
        values: [
          { value: '0', label: 'Unknown', enabled: true },
          { value: '1', label: 'Male', enabled: true },
          { value: '2', label: 'Female', enabled: true },
        ],
      });
      const merge = await call('enumerations.syncPreview', {
        account: 'demoSalesforce',
        choices: [{ id: 'Contact.Salutation', target: 'gender', replace: false }],
      });
      const mixed = {
        key: 'messages:enumerationSync.mixedKinds',
        params: { target: 'gender', codes: '0, 1, 2', texts: 'Mr., Ms.' },
      };
      expect(merge).toMatchObject({ ok: true, value: [{ warnings: [mixed] }] });
      expect(englishText(mixed)).toBe(
        "Enumeration 'gender' holds numeric codes (0, 1, 2) and the CRM's values are text (Mr., Ms.): merging puts both kinds in one list, and no record's code will match the new values. Choose Replace = Yes, or another enumeration.",
      );
      const replace = await call('enumerations.syncPreview', {
        account: 'demoSalesforce',
        choices: [{ id: 'Contact.Salutation', target: 'gender', replace: true }],
      });
      expect(replace).toMatchObject({ ok: true, value: [{ warnings: [] }] });
    });

    it('applies a replace and a merge in one write', async () => {
      await call('enumerations.syncApply', { account: 'demoSalesforce', choices });
      expect(await call('enumerations.get', { name: 'Contact_LeadSource' })).toEqual({
        ok: true,
        value: {
          name: 'Contact_LeadSource',
          label: "List of 'Lead Source' from 'Contact'",
          values: [
            { value: 'Web', label: 'Web label', enabled: true },
            { value: 'Phone Inquiry', label: 'Phone Inquiry label', enabled: true },
            { value: 'Old', label: 'Old label', enabled: false },
          ],
        },
      });
      expect(await call('enumerations.get', { name: 'salutation' })).toMatchObject({
        value: {
          values: [
            { value: 'Mr.', label: 'Mister' },
            { value: 'Dr.' },
            { value: 'Ms.', label: 'Ms. label' },
          ],
        },
      });
      const replaceAgain = await call('enumerations.syncPreview', {
        account: 'demoSalesforce',
        choices: [{ id: 'Contact.Salutation', target: 'salutation', replace: true }],
      });
      expect(replaceAgain).toMatchObject({
        value: [{ added: [], kept: ['Mr.', 'Ms.'], removed: ['Dr.'] }],
      });
    });

    it('refuses a multi-select row, or two rows feeding one enumeration, and writes nothing', async () => {
      const before = await call('enumerations.list');
      expect(
        await call('enumerations.syncApply', {
          account: 'demoSalesforce',
          choices: [...choices, { id: 'Contact.Interests__c', target: 'interests' }],
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('Multi-select') },
      });
      expect(
        await call('enumerations.syncApply', {
          account: 'demoSalesforce',
          choices: [choices[0], { id: 'Contact.Salutation', target: 'contact_leadsource' }],
        }),
      ).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('is fed by two picklists') },
      });
      expect(await call('enumerations.list')).toEqual(before);
    });
  });
});
