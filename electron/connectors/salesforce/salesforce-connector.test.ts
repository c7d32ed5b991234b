import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSalesforceEmulator,
  type SalesforceEmulator,
} from '../../../emulators/salesforce/emulator';
import { trustAuthority } from '../tls-trust';
import { SalesforceConnector, type SalesforceLogin } from './salesforce-connector';
import { emulatorLogin } from '../../test-support/emulator-login';

/** The real jsforce client against the Salesforce emulator, over HTTPS on a real socket. */
let sf: SalesforceEmulator;
let dataDir: string;
let login: SalesforceLogin;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-connector-test-'));
  sf = await startSalesforceEmulator({ dataDir, records: 450 });
  trustAuthority(sf.caPem);
  login = emulatorLogin(sf);
});
afterAll(async () => {
  await sf.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Salesforce connector', () => {
  it('tests the connection: organization, user and API version', async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    expect(await connector.testConnection()).toMatchObject({
      user: sf.credentials.username,
      organization: expect.stringMatching(/^00D/),
      instanceUrl: sf.loginUrl,
      apiVersion: '49.0',
    });
  });

  it('logs in with the client-credentials flow when no password is set', async () => {
    const connector = await SalesforceConnector.connect({ ...login, password: null }, sf.clock);
    expect((await connector.testConnection()).organization).toMatch(/^00D/);
  });

  it("reports the CRM's own refusal of a wrong password", async () => {
    await expect(
      SalesforceConnector.connect({ ...login, password: 'wrong' }, sf.clock),
    ).rejects.toThrow('Salesforce refused the login: authentication failure (invalid_grant).');
  });

  it('refuses to log in without the connected app, before any call', async () => {
    await expect(
      SalesforceConnector.connect({ ...login, clientSecret: null }, sf.clock),
    ).rejects.toThrow(/client identifier and client secret/);
  });

  it('says when the host cannot be reached', async () => {
    await expect(
      SalesforceConnector.connect({ ...login, loginUrl: 'https://127.0.0.1:1' }, sf.clock),
    ).rejects.toThrow('Cannot reach https://127.0.0.1:1: the connection was refused.');
  });

  it('lists tables and describes one into fields with platform types and picklists', async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    const tables = await connector.listTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Contact', 'Account', 'Loyalty__c']),
    );
    const contact = await connector.describeTable('Contact');
    expect(contact.idField).toBe('Id');
    expect(contact.modifiedFields).toEqual(['LastModifiedDate', 'SystemModstamp']);
    const byName = new Map(contact.fields.map((f) => [f.name, f]));
    expect(byName.get('Id')).toMatchObject({ type: 'string', length: 18 });
    expect(byName.get('MailingAddress')).toMatchObject({ crmType: 'address', type: null });
    expect(byName.get('LeadSource')?.picklist?.values.length).toBeGreaterThan(2);
    const loyalty = await connector.describeTable('Loyalty__c');
    expect(loyalty.fields.find((f) => f.crmType === 'multipicklist')?.picklist?.multiSelect).toBe(
      true,
    );
    expect(loyalty.fields.some((f) => f.externalId)).toBe(true);
  });

  it('retries a rate-limited describe, and logs in again after the session expired', async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    sf.faults.add({ route: 'describe', kind: 'rateLimit', count: 1, retryAfterSeconds: 1 });
    expect((await connector.describeTable('Account')).name).toBe('Account');
    sf.expireSessions();
    expect((await connector.listTables()).length).toBeGreaterThan(5);
  });

  it("retries Salesforce's own request-limit answer", async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    sf.faults.add({ route: 'describeGlobal', kind: 'rateLimit', style: 'crm', count: 1 });
    expect((await connector.listTables()).length).toBeGreaterThan(5);
  });

  it('gives up on an answer cut in the middle instead of hanging', async () => {
    const connector = await SalesforceConnector.connect(
      { ...login, callDeadlineMs: 1500 },
      sf.clock,
    );
    sf.faults.add({ route: 'describe', kind: 'reset', when: 'midBody', count: 1 });
    await expect(connector.describeTable('Lead')).rejects.toThrow(
      `${sf.loginUrl} sent no complete answer within 1.5 seconds.`,
    );
  });

  it('refuses a query page of the wrong shape with a clear message, not a raw error', async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    const fields = (await connector.describeTable('Contact')).fields;
    sf.faults.add({ route: 'queryMore', kind: 'malformed', count: 1 });
    const pages: number[] = [];
    const read = async () => {
      const query = { table: 'Contact', fields: ['Id'], pageSize: 200 };
      for await (const page of connector.query(query, fields)) pages.push(page.rows.length);
    };
    await expect(read()).rejects.toThrow(
      `The answer of ${sf.loginUrl} could not be read: it is not in the form of Salesforce's API.`,
    );
    expect(pages).toEqual([200]);
  });

  it('refuses a describe answer of the wrong shape with a clear message', async () => {
    const connector = await SalesforceConnector.connect(login, sf.clock);
    sf.faults.add({ route: 'describe', kind: 'malformed', count: 1 });
    await expect(connector.describeTable('Contact')).rejects.toThrow(
      /^Salesforce's answer to the describe of 'Contact' is not in the expected form \(name: /,
    );
  });
});
