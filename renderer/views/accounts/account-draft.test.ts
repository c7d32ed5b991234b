import { describe, expect, it } from 'vitest';
import type { ExternalAccountView } from '../../../shared/domain/accounts';
import {
  accountInputFromDraft,
  draftFromAccount,
  emptyAccountDraft,
  secretInput,
  validateAccountDraft,
} from './account-draft';

const saved: ExternalAccountView = {
  name: 'salesforceCRM',
  label: 'Salesforce CRM',
  type: 'salesforce',
  enabled: true,
  comment: '',
  demo: false,
  configured: false,
  salesforce: {
    account: 'admin@acme.example',
    clientId: 'client',
    apiVersion: '49.0',
    sandbox: false,
    serverUrl: 'https://acme.my.salesforce.com',
  },
  secrets: {
    password: { isSet: true },
    clientSecret: { isSet: false },
    securityToken: { isSet: true },
  },
};

describe('account draft', () => {
  it('never holds a secret read back: only whether it is set', () => {
    const draft = draftFromAccount(saved);
    expect(draft.secrets.password).toEqual({ isSet: true, mode: 'keep', value: '' });
    expect(draft.salesforce.serverUrl).toBe('https://acme.my.salesforce.com');
  });

  it('sends keep, set or clear for each secret', () => {
    expect(secretInput({ isSet: true, mode: 'keep', value: '' })).toEqual({ action: 'keep' });
    expect(secretInput({ isSet: true, mode: 'change', value: '' })).toEqual({ action: 'keep' });
    expect(secretInput({ isSet: true, mode: 'change', value: 'new' })).toEqual({
      action: 'set',
      value: 'new',
    });
    expect(secretInput({ isSet: false, mode: 'keep', value: 's3' })).toEqual({
      action: 'set',
      value: 's3',
    });
    expect(secretInput({ isSet: true, mode: 'clear', value: 'x' })).toEqual({ action: 'clear' });
    expect(secretInput({ isSet: false, mode: 'clear', value: '' })).toEqual({ action: 'keep' });
  });

  it('leaves an empty Server URL out, so the production or test host is used', () => {
    const draft = draftFromAccount(saved);
    const input = accountInputFromDraft({
      ...draft,
      salesforce: { ...draft.salesforce, serverUrl: '  ' },
    });
    expect(input).toHaveProperty('salesforce');
    expect(input).not.toHaveProperty('salesforce.serverUrl');
  });

  it('refuses an http:// server with the service’s own message, under the field', () => {
    const messages = validateAccountDraft({
      ...emptyAccountDraft(),
      name: 'salesforceCRM',
      label: 'Salesforce CRM',
      salesforce: {
        ...emptyAccountDraft().salesforce,
        account: 'a@b.example',
        serverUrl: 'http://acme.my.salesforce.com',
      },
    });
    expect(messages).toEqual(
      new Map([
        [
          'salesforce.serverUrl',
          'Only https:// addresses are accepted (not http://): the connection must be encrypted.',
        ],
      ]),
    );
  });

  it('asks for the internal name, the label and the account', () => {
    const messages = validateAccountDraft(emptyAccountDraft());
    expect([...messages.keys()].sort()).toEqual(['label', 'name', 'salesforce.account']);
  });
});

describe('Microsoft Dynamics CRM draft', () => {
  const dynamicsDraft = () => {
    const draft = emptyAccountDraft('dynamics');
    return {
      ...draft,
      name: 'dynamicsCRM',
      label: 'Dynamics CRM',
      dynamics: {
        ...draft.dynamics,
        serverUrl: 'https://acme.crm.dynamics.com',
        authority: 'acme.onmicrosoft.com',
        clientId: 'app-id',
        account: 'admin@acme.example',
      },
    };
  };

  it('sends only the secrets of the kind, and the fields of the chosen O-Auth type', () => {
    const draft = dynamicsDraft();
    const certificate = {
      ...draft,
      dynamics: {
        ...draft.dynamics,
        oauthType: 'certificate' as const,
        customKeyIdentifier: 'AB'.repeat(20),
      },
      secrets: {
        ...draft.secrets,
        privateKey: { isSet: false, mode: 'keep' as const, value: 'KEY' },
      },
    };
    const input = accountInputFromDraft(certificate);
    expect(input).toMatchObject({
      type: 'dynamics',
      dynamics: { oauthType: 'certificate', account: '', customKeyIdentifier: 'AB'.repeat(20) },
      secrets: { password: { action: 'keep' }, privateKey: { action: 'set', value: 'KEY' } },
    });
    expect(input.secrets).not.toHaveProperty('securityToken');
    expect(validateAccountDraft(certificate)).toEqual(new Map());
  });

  it('explains under Deployment type that On-premise and Office 365 are retired', () => {
    const draft = dynamicsDraft();
    const messages = validateAccountDraft({
      ...draft,
      dynamics: { ...draft.dynamics, deploymentType: 'onPremise' },
    });
    expect(messages.get('dynamics.deploymentType')).toContain('in favour of Web API');
  });
});
