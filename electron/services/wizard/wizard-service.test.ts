import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../shared/events';
import { adminPassword, openTempConsole, type TempConsole } from '../../test-support/temp-console';

/** The wizard through the contract, against the Demo account's Salesforce emulator over HTTPS. */
let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const call = async (channel: string, arg?: unknown) => {
  const outcome = await t.core.dispatcher.dispatch(channel, arg);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
};

async function runJob(jobId: string) {
  const lines: { level: string; text: string }[] = [];
  const end = await new Promise<Extract<ConsoleEvent, { type: 'job.finished' }>>((resolve) => {
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.log' && event.jobId === jobId)
        lines.push({ level: event.level, text: event.text });
      if (event.type === 'job.finished' && event.jobId === jobId) {
        stop();
        resolve(event);
      }
    });
  });
  return { end, lines };
}

async function createSchema(tables: string[]) {
  const { jobId } = (await call('wizard.createSchema', { account: 'demoSalesforce', tables })) as {
    jobId: string;
  };
  return runJob(jobId);
}

describe('configuration wizard', () => {
  it('tests the connection of the Demo account', async () => {
    expect(await call('accounts.testConnection', { name: 'demoSalesforce' })).toMatchObject({
      organization: expect.stringMatching(/^00D/),
      apiVersion: '49.0',
    });
  });

  it('lists tables, creates the schema with the reference log lines, and approves it at log-on', async () => {
    const step1 = (await call('wizard.listTables', { account: 'demoSalesforce' })) as {
      tables: { name: string }[];
      selected: string[];
    };
    expect(step1.tables.map((x) => x.name)).toEqual(expect.arrayContaining(['Contact', 'Account']));
    expect(step1.selected).toEqual([]);

    const { end, lines } = await createSchema(['Contact', 'Account']);
    expect(end).toMatchObject({
      outcome: 'succeeded',
      result: { schema: 'sfdc:sfdcSchemademoSalesforce' },
    });
    const texts = lines.map((l) => l.text);
    expect(texts.filter((x) => x.startsWith('Discovering'))).toEqual([
      "Discovering table structure 'Contact'.",
      "Discovering table structure 'Account'.",
    ]);
    expect(texts[0]).toBe("Discovering table structure 'Contact'.");
    // Each table's warnings follow its own discovery line.
    const billing = lines.findIndex((l) => l.text.includes("field 'BillingAddress'"));
    expect(lines[billing]).toEqual({
      level: 'warning',
      text: "For table 'Account', unable to use type 'address' of field 'BillingAddress'.",
    });
    expect(billing).toBeGreaterThan(texts.indexOf("Discovering table structure 'Account'."));
    expect(texts.slice(-4)).toEqual([
      "Generating schema 'sfdc:sfdcSchemademoSalesforce'...",
      "Schema 'sfdc:sfdcSchemademoSalesforce' generated.",
      'Finished retrieving the table definitions.',
      'Please log out and log in again to approve configuration.',
    ]);
    expect(await call('schemas.list')).toMatchObject([
      { status: 'pending', tables: ['Contact', 'Account'] },
    ]);
    expect(
      (await call('accounts.get', { name: 'demoSalesforce' })) as { configured: boolean },
    ).toMatchObject({ configured: true });

    t.core.session.logOff();
    const status = await t.core.session.logOn({ operator: 'admin', password: adminPassword });
    expect(status.approvals).toMatchObject([{ ok: true }]);
    expect((await t.core.records.listTables()).map((x) => x.name)).toEqual(
      expect.arrayContaining(['sfdcDemoSalesforce_Contact', 'sfdcDemoSalesforce_Account']),
    );

    const again = (await call('wizard.listTables', { account: 'demoSalesforce' })) as {
      selected: string[];
    };
    expect(again.selected).toEqual(['Contact', 'Account']);
    expect(
      await call('wizard.changes', { account: 'demoSalesforce', tables: ['Contact', 'Lead'] }),
    ).toEqual({
      addedTables: ['Lead'],
      removedTables: ['Account'],
      changedTables: [],
    });
  });

  it('feeds the enumeration sync with the real picklists', async () => {
    await createSchema(['Contact']);
    const rows = (await call('enumerations.syncRows', { account: 'demoSalesforce' })) as {
      id: string;
      refusal: string | null;
    }[];
    expect(rows.map((r) => r.id)).toContain('Contact.LeadSource');
    await call('enumerations.syncApply', {
      account: 'demoSalesforce',
      choices: [{ id: 'Contact.LeadSource', target: 'Contact_LeadSource', replace: true }],
    });
    const lead = (await call('enumerations.get', { name: 'Contact_LeadSource' })) as {
      values: { value: string }[];
    };
    expect(lead.values.map((v) => v.value)).toContain('Web');
  });

  it('refuses a disabled account and a table the CRM does not have, with clear messages', async () => {
    const failed = await createSchema(['NoSuchTable__c']);
    expect(failed.end).toMatchObject({
      outcome: 'failed',
      message: "Salesforce has no table 'NoSuchTable__c'.",
    });
    expect(await call('schemas.list')).toEqual([]);
    await call('accounts.setEnabled', { name: 'demoSalesforce', enabled: false });
    await expect(call('wizard.listTables', { account: 'demoSalesforce' })).rejects.toThrow(
      "VALIDATION_FAILED: External account 'Demo Salesforce' is disabled; enable it first.",
    );
  });
});
