import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempConsole, type TempConsole } from '../../test-support/temp-console';
import { dataFolder } from '../../core/data-folder';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const call = (channel: string, arg?: unknown) => t.core.dispatcher.dispatch(channel, arg);
const secretText = 'Tr0ub4dor&3-secret';
const account = (overrides: Record<string, unknown> = {}) => ({
  name: 'salesforceCRM',
  label: 'Salesforce CRM',
  type: 'salesforce',
  salesforce: {
    account: 'admin@acme.example',
    clientId: '3MVG9xyz',
    apiVersion: '49.0',
    sandbox: true,
  },
  secrets: {
    password: { action: 'set', value: secretText },
    clientSecret: { action: 'set', value: 'client-secret-value' },
    securityToken: { action: 'keep' },
  },
  ...overrides,
});

describe('external accounts', () => {
  it('ships the Demo Salesforce, Demo Dynamics and Demo Oracle On Demand accounts', async () => {
    expect(await call('accounts.list')).toMatchObject({
      ok: true,
      value: [
        { name: 'demoDynamics', label: 'Demo Dynamics', type: 'dynamics', demo: true },
        { name: 'demoOracle', label: 'Demo Oracle On Demand', type: 'oracle', demo: true },
        { name: 'demoSalesforce', label: 'Demo Salesforce', demo: true, enabled: true },
      ],
    });
  });

  it('keeps secrets write-only: the answer says whether they are set, never what they are', async () => {
    const created = await call('accounts.create', account());
    expect(created).toMatchObject({
      ok: true,
      value: {
        name: 'salesforceCRM',
        enabled: true,
        configured: false,
        salesforce: { sandbox: true },
        secrets: {
          password: { isSet: true },
          clientSecret: { isSet: true },
          securityToken: { isSet: false },
        },
      },
    });
    for (const answer of [
      created,
      await call('accounts.get', { name: 'salesforceCRM' }),
      await call('accounts.list'),
    ])
      expect(JSON.stringify(answer)).not.toContain(secretText);
    const file = await readFile(join(t.dataDir, dataFolder.config), 'utf8');
    expect(file).not.toContain(secretText);
    expect(file).not.toContain('client-secret-value');
  });

  it('keeps, replaces or clears each secret as asked', async () => {
    await call('accounts.create', account());
    await call('accounts.update', {
      originalName: 'salesforceCRM',
      account: account({
        label: 'Renamed',
        secrets: {
          password: { action: 'keep' },
          clientSecret: { action: 'clear' },
          securityToken: { action: 'set', value: 'tok' },
        },
      }),
    });
    expect(await t.core.accounts.secretsOf('salesforceCRM')).toEqual({
      password: secretText,
      clientSecret: null,
      securityToken: 'tok',
    });
  });

  it('refuses an http:// server with a message that says why, and stores nothing', async () => {
    const outcome = await call('accounts.create', {
      ...account(),
      salesforce: { account: 'a@b.example', serverUrl: 'http://acme.my.salesforce.com' },
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        details: {
          issues: [
            {
              path: 'salesforce.serverUrl',
              message:
                'Only https:// addresses are accepted (not http://): the connection must be encrypted.',
            },
          ],
        },
      },
    });
    expect(await call('accounts.list')).toMatchObject({
      value: [{ name: 'demoDynamics' }, { name: 'demoOracle' }, { name: 'demoSalesforce' }],
    });
  });

  it('enables, disables and deletes', async () => {
    await call('accounts.create', account());
    expect(
      await call('accounts.setEnabled', { name: 'salesforceCRM', enabled: false }),
    ).toMatchObject({
      ok: true,
      value: { enabled: false, secrets: { password: { isSet: true } } },
    });
    await call('accounts.delete', { name: 'salesforceCRM' });
    expect(await call('accounts.get', { name: 'salesforceCRM' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: "External account 'salesforceCRM' does not exist." },
    });
  });
});

const dynamics = (overrides: Record<string, unknown> = {}) => ({
  name: 'dynamicsCRM',
  label: 'Dynamics CRM',
  type: 'dynamics',
  dynamics: {
    serverUrl: 'https://acme.crm.dynamics.com/',
    authority: 'acme.onmicrosoft.com',
    clientId: '51f81489-12ee-4a9e-aaae-a2591f45987d',
    account: 'admin@acme.onmicrosoft.com',
  },
  secrets: { password: { action: 'set', value: secretText } },
  ...overrides,
});

describe('Microsoft Dynamics CRM accounts', () => {
  it('creates a Web API account with password credentials, its secret write-only', async () => {
    const created = await call('accounts.create', dynamics());
    expect(created).toMatchObject({
      ok: true,
      value: {
        type: 'dynamics',
        dynamics: {
          deploymentType: 'webApi',
          oauthType: 'password',
          serverUrl: 'https://acme.crm.dynamics.com',
          languageCode: 1033,
        },
        secrets: { password: { isSet: true }, privateKey: { isSet: false } },
      },
    });
    expect(JSON.stringify(created)).not.toContain(secretText);
    expect(await t.core.accounts.secretsOf('dynamicsCRM')).toEqual({
      password: secretText,
      privateKey: null,
    });
  });

  it('creates a certificate account: the thumbprint checked, the private key sealed', async () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQ==\n-----END PRIVATE KEY-----';
    const input = dynamics({
      dynamics: {
        ...dynamics().dynamics,
        oauthType: 'certificate',
        account: '',
        customKeyIdentifier: '5F:1A:3C:88:09:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67',
        keyId: 'b4c2f1d0-7f5e-4f31-9c55-0d9a1c2b3e4f',
      },
      secrets: { privateKey: { action: 'set', value: pem } },
    });
    expect(await call('accounts.create', input)).toMatchObject({
      ok: true,
      value: { secrets: { password: { isSet: false }, privateKey: { isSet: true } } },
    });
    const file = await readFile(join(t.dataDir, dataFolder.config), 'utf8');
    expect(file).not.toContain('MIIEvQ');
  });

  it('refuses a certificate account whose custom key identifier is no thumbprint', async () => {
    const outcome = await call(
      'accounts.create',
      dynamics({
        dynamics: { ...dynamics().dynamics, oauthType: 'certificate', customKeyIdentifier: 'abc' },
      }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: 'dynamics.customKeyIdentifier' }] } },
    });
  });

  it('refuses the retired deployment types, saying Web API replaces them', async () => {
    for (const deploymentType of ['onPremise', 'office365']) {
      const outcome = await call(
        'accounts.create',
        dynamics({ dynamics: { ...dynamics().dynamics, deploymentType } }),
      );
      expect(outcome).toMatchObject({
        ok: false,
        error: {
          details: {
            issues: [
              {
                path: 'dynamics.deploymentType',
                message: expect.stringContaining('in favour of Web API') as unknown,
              },
            ],
          },
        },
      });
    }
    expect(await call('accounts.get', { name: 'dynamicsCRM' })).toMatchObject({ ok: false });
  });
});
