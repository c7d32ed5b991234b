import { describe, expect, it } from 'vitest';
import type { ExternalAccountView } from '../../../shared/domain/accounts';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createAccountActionsStore } from './account-actions-store';
import { createAccountsStore } from './accounts-store';

const demo: ExternalAccountView = {
  name: 'demoSalesforce',
  label: 'Demo Salesforce',
  type: 'salesforce',
  enabled: true,
  comment: '',
  demo: true,
  configured: false,
  salesforce: { account: 'admin@demo.example', clientId: '', apiVersion: '49.0', sandbox: false },
  secrets: {
    password: { isSet: false },
    clientSecret: { isSet: false },
    securityToken: { isSet: false },
  },
};

function setUp() {
  let stored = demo;
  const fake = fakeBridge({
    'accounts.list': () => [stored],
    'accounts.get': () => stored,
    'accounts.setEnabled': ({ enabled }) => (stored = { ...stored, enabled }),
    'accounts.testConnection': () =>
      stored.enabled
        ? {
            organization: '00D000000000001',
            user: 'admin@demo.example',
            instanceUrl: 'https://127.0.0.1:4443',
            apiVersion: '49.0',
          }
        : {
            error: {
              code: 'CRM_ERROR',
              message: 'Salesforce refused the login: authentication failure (invalid_grant).',
            },
          },
  });
  const { notify, messages } = recordingNotifier();
  const deps = { api: createConsoleClient(fake.bridge), notify };
  const accounts = createAccountsStore(deps);
  return { accounts, actions: createAccountActionsStore(deps, accounts), messages };
}

describe('account actions', () => {
  it('keeps the result of Test connection per account: who and where, or the CRM’s words', async () => {
    const { actions } = setUp();
    await actions.getState().testConnection('demoSalesforce');
    expect(actions.getState().tests.demoSalesforce).toMatchObject({
      status: 'ready',
      value: { organization: '00D000000000001', apiVersion: '49.0' },
    });
    await actions.getState().setEnabled('demoSalesforce', false);
    await actions.getState().testConnection('demoSalesforce');
    expect(actions.getState().tests.demoSalesforce).toEqual({
      status: 'failed',
      error: 'Salesforce refused the login: authentication failure (invalid_grant).',
    });
  });

  it('enables and disables at once, and restarts the open form from what was kept', async () => {
    const { accounts, actions, messages } = setUp();
    await accounts.getState().open('demoSalesforce');
    const revision = accounts.getState().revision;
    await actions.getState().setEnabled('demoSalesforce', false);
    expect(messages).toEqual(["ok: External account 'Demo Salesforce' disabled."]);
    expect(accounts.getState().items[0]?.enabled).toBe(false);
    expect(accounts.getState().current?.enabled).toBe(false);
    expect(accounts.getState().revision).toBe(revision + 1);
    expect(actions.getState().toggling).toBeNull();
  });
});
