import { describe, expect, it } from 'vitest';
import type { SyncChoice, SyncRow } from '../../../shared/domain/enumeration-sync';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier, type FakeHandlers } from '../../test-support/fake-bridge';
import { createEnumerationsStore } from '../enumerations-store';
import { chosen, createEnumerationSyncStore } from './enumeration-sync-store';

const refusal = { key: 'messages:enumerationSync.multiSelect' };
const rows: SyncRow[] = [
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
    id: 'Loyalty__c.Programs__c',
    crmEnumeration: "List of 'Programs' from 'Loyalty__c'",
    defaultTarget: 'Loyalty__c_Programs__c',
    valueCount: 5,
    refusal,
  },
];
const preview = (choices: SyncChoice[]) =>
  choices.map((c) => ({
    id: c.id,
    target: c.target,
    creates: true,
    added: ['Web'],
    kept: [],
    removed: [],
    warnings: [],
  }));

function setUp(handlers: FakeHandlers = {}) {
  const fake = fakeBridge({
    'enumerations.syncRows': () => rows,
    'enumerations.syncPreview': ({ choices }) => preview(choices as SyncChoice[]),
    'enumerations.syncApply': ({ choices }) => preview(choices as SyncChoice[]),
    'enumerations.list': () => [],
    ...handlers,
  });
  const { notify, messages } = recordingNotifier();
  const deps = { api: createConsoleClient(fake.bridge), notify };
  const enumerations = createEnumerationsStore(deps);
  const sync = createEnumerationSyncStore(deps, enumerations);
  return { fake, sync, messages };
}

const account = { name: 'demoSalesforce', label: 'Demo Salesforce' };

describe('enumeration sync store', () => {
  it('opens with every row left out, each aimed at its default enumeration', async () => {
    const { sync } = setUp();
    await sync.getState().open(account);
    expect(sync.getState().choices['Contact.LeadSource']).toEqual({
      included: false,
      target: 'Contact_LeadSource',
      replace: false,
    });
  });

  it('sends only the included rows, never a refused one, and applies them', async () => {
    const { sync, fake, messages } = setUp();
    await sync.getState().open(account);
    sync.getState().choose('Contact.LeadSource', { included: true, replace: true });
    sync.getState().choose('Contact.Salutation', { included: true, target: ' salutation ' });
    sync.getState().choose('Loyalty__c.Programs__c', { included: true });
    await sync.getState().next();
    expect(sync.getState().step).toBe('preview');
    const sent = fake.calls.find((c) => c.channel === 'enumerations.syncPreview')?.arg;
    expect(sent).toEqual({
      account: 'demoSalesforce',
      choices: [
        { id: 'Contact.LeadSource', target: 'Contact_LeadSource', replace: true },
        { id: 'Contact.Salutation', target: 'salutation', replace: false },
      ],
    });
    // The choices are frozen while the preview shows.
    sync.getState().choose('Contact.Salutation', { included: false });
    expect(sync.getState().choices['Contact.Salutation']?.included).toBe(true);
    await sync.getState().start();
    expect(sync.getState().step).toBe('applied');
    expect(messages).toEqual(['ok: 2 enumerations synchronized.']);
    // Enumerations is read again, so that its node shows the result.
    expect(fake.calls.filter((c) => c.channel === 'enumerations.list')).toHaveLength(2);
  });

  it('keeps the preview step and says why when Start is refused', async () => {
    const { sync } = setUp({
      'enumerations.syncApply': () => ({
        error: {
          code: 'VALIDATION_FAILED',
          message: "Enumeration 'x' is fed by two picklists ('a' and 'b'); pick one.",
        },
      }),
    });
    await sync.getState().open(account);
    sync.getState().choose('Contact.LeadSource', { included: true });
    await sync.getState().next();
    await sync.getState().start();
    expect(sync.getState()).toMatchObject({
      step: 'preview',
      applying: false,
      applyError: "Enumeration 'x' is fed by two picklists ('a' and 'b'); pick one.",
    });
  });

  it('chosen() leaves out refused and unticked rows', () => {
    expect(
      chosen(rows, {
        'Contact.LeadSource': { included: false, target: 'a', replace: false },
        'Loyalty__c.Programs__c': { included: true, target: 'b', replace: false },
      }),
    ).toEqual([]);
  });
});
