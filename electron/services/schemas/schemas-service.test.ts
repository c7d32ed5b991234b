import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrmTableDescription } from '../../../shared/domain/crm';
import { crmFields } from '../../test-support/crm-fixtures';
import { adminPassword, openTempConsole, type TempConsole } from '../../test-support/temp-console';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const contact: CrmTableDescription = {
  name: 'Contact',
  label: 'Contact',
  idField: 'Id',
  modifiedFields: ['LastModifiedDate'],
  fields: [crmFields.id(), crmFields.email(), crmFields.lastModified()],
};
const schemaName = 'sfdc:sfdcSchemademoSalesforce';
const relogOn = async () => {
  t.core.session.logOff();
  return t.core.session.logOn({ operator: 'admin', password: adminPassword });
};

describe('schemas', () => {
  it('stays pending until the next log-on, which creates its tables', async () => {
    await t.core.schemas.savePending('demoSalesforce', [contact]);
    expect(t.core.schemas.list()).toMatchObject([
      { name: schemaName, status: 'pending', tables: ['Contact'] },
    ]);
    expect((await t.core.records.listTables()).map((x) => x.name)).not.toContain(
      'sfdcDemoSalesforce_Contact',
    );
    const status = await relogOn();
    expect(status.approvals).toEqual([
      {
        schema: schemaName,
        ok: true,
        message: `Schema '${schemaName}' approved: 1 table(s) ready.`,
        key: 'messages:schemas.approved',
        params: { name: schemaName, tables: 1 },
      },
    ]);
    expect(t.core.schemas.get(schemaName)).toMatchObject({
      status: 'approved',
      recordTables: [{ crmTable: 'Contact', table: 'sfdcDemoSalesforce_Contact' }],
    });
    expect(
      (await t.core.records.describeTable('sfdcDemoSalesforce_Contact')).columns.map((c) => c.name),
    ).toEqual(['Id', 'Email', 'LastModifiedDate']);
    expect(t.core.accounts.get('demoSalesforce').configured).toBe(true);
  });

  it('alters the tables when a regenerated schema is approved', async () => {
    await t.core.schemas.savePending('demoSalesforce', [contact]);
    await relogOn();
    await t.core.records.upsert('sfdcDemoSalesforce_Contact', [
      { Id: '003000000000001AAA', Email: 'a@b.example' },
    ]);
    const phone = {
      name: 'Phone',
      label: 'Phone',
      crmType: 'phone',
      type: 'string' as const,
      length: 40,
      nillable: true,
      externalId: false,
    };
    await t.core.schemas.savePending('demoSalesforce', [
      { ...contact, fields: [...contact.fields, phone] },
    ]);
    expect((await relogOn()).approvals?.[0]?.ok).toBe(true);
    expect(
      await t.core.records.readPage({ table: 'sfdcDemoSalesforce_Contact', offset: 0, limit: 5 }),
    ).toEqual([
      { Id: '003000000000001AAA', Email: 'a@b.example', LastModifiedDate: null, Phone: null },
    ]);
  });

  it('reports a failed approval at log-on and keeps the schema pending', async () => {
    await t.core.schemas.savePending('demoSalesforce', [contact]);
    await relogOn();
    await t.core.records.upsert('sfdcDemoSalesforce_Contact', [
      { Id: '003000000000001AAA', Email: 'a@b.example' },
    ]);
    const retyped = {
      ...contact,
      fields: contact.fields.map((f) =>
        f.name === 'Email' ? { ...f, type: 'double' as const } : f,
      ),
    };
    await t.core.schemas.savePending('demoSalesforce', [retyped]);
    const [approval] = (await relogOn()).approvals ?? [];
    expect(approval).toMatchObject({ ok: false });
    expect(approval?.message).toContain(
      "Column 'Email' of table 'sfdcDemoSalesforce_Contact' holds string values",
    );
    expect(t.core.schemas.get(schemaName)).toMatchObject({
      status: 'pending',
      approvalError: expect.stringContaining('Email'),
    });
  });

  it('shows the generated schema as XML through the contract', async () => {
    await t.core.schemas.savePending('demoSalesforce', [contact]);
    const outcome = await t.core.dispatcher.dispatch('schemas.get', { name: schemaName });
    expect(outcome).toMatchObject({
      ok: true,
      value: { xml: expect.stringContaining('<element name="Contact"') },
    });
    expect(await t.core.dispatcher.dispatch('schemas.get', { name: 'sfdc:nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
