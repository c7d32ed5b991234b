import { describe, expect, it } from 'vitest';
import type { SchemaChanges } from '../../../shared/domain/schemas';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier, type FakeHandlers } from '../../test-support/fake-bridge';
import { createJobsStore, type JobEvent } from '../jobs/jobs-store';
import { createAccountsStore } from './accounts-store';
import { createSourceSchemasStore } from './source-schemas-store';
import { changesAreFresh, createWizardStore } from './wizard-store';

const jobId = '0b6a1f0e-43c8-4a43-9c36-7d3c1f6f9a11';
const account = {
  name: 'demoSalesforce',
  label: 'Demo Salesforce',
  type: 'salesforce' as const,
  configured: true,
};
const tables = [
  { name: 'Account', label: 'Account', custom: false },
  { name: 'Contact', label: 'Contact', custom: false },
  { name: 'Loyalty__c', label: 'Loyalty Membership', custom: true },
];
const noChanges: SchemaChanges = { addedTables: [], removedTables: [], changedTables: [] };

function setUp(handlers: FakeHandlers = {}) {
  const fake = fakeBridge({
    'wizard.listTables': () => ({ tables, selected: ['Contact', 'Gone'] }),
    'wizard.changes': () => noChanges,
    'accounts.list': () => [],
    'schemas.list': () => [],
    ...handlers,
  });
  const deps = { api: createConsoleClient(fake.bridge), ...recordingNotifier() };
  const jobs = createJobsStore(deps);
  const wizard = createWizardStore(deps, {
    jobs,
    accounts: createAccountsStore(deps),
    sourceSchemas: createSourceSchemasStore(deps),
  });
  return { fake, jobs, wizard, messages: deps.messages };
}

const log = (text: string, level: 'info' | 'warning' = 'info'): JobEvent => ({
  type: 'job.log',
  jobId,
  level,
  text,
  at: '2026-11-23T10:00:00.000Z',
});

describe('wizard store', () => {
  it('recovers the tables and ticks those of the last run that still exist', async () => {
    const { wizard } = setUp();
    wizard.getState().open(account);
    await wizard.getState().listTables();
    expect(wizard.getState()).toMatchObject({
      tables: { status: 'ready', value: tables },
      selected: ['Contact'],
      lastRun: ['Contact', 'Gone'],
    });
    wizard.getState().setAll(true);
    expect(wizard.getState().selected).toEqual(['Account', 'Contact', 'Loyalty__c']);
    wizard.getState().toggle('Account', false);
    expect(wizard.getState().selected).toEqual(['Contact', 'Loyalty__c']);
  });

  it('shows the CRM’s refusal of the tables list', async () => {
    const { wizard } = setUp({
      'wizard.listTables': () => ({
        error: { code: 'CRM_ERROR', message: 'Salesforce refused the login: x (invalid_grant).' },
      }),
    });
    wizard.getState().open(account);
    await wizard.getState().listTables();
    expect(wizard.getState().tables).toEqual({
      status: 'failed',
      error: 'Salesforce refused the login: x (invalid_grant).',
    });
  });

  it('compares a configured account’s selection on entering step 3, once per selection', async () => {
    const { wizard, fake } = setUp();
    wizard.getState().open(account);
    await wizard.getState().listTables();
    wizard.getState().setStep('create-schema');
    await expect.poll(() => wizard.getState().changes?.load.status).toBe('ready');
    expect(changesAreFresh(wizard.getState())).toBe(true);
    wizard.getState().setStep('create-schema');
    expect(fake.calls.filter((c) => c.channel === 'wizard.changes')).toHaveLength(1);
    wizard.getState().toggle('Account', true);
    expect(changesAreFresh(wizard.getState())).toBe(false);
  });

  it('keeps the job’s log lines that arrive before the call’s answer, and reloads at the end', async () => {
    let jobs: ReturnType<typeof setUp>['jobs'] | null = null;
    const context = setUp({
      // The browser host's event stream may overtake the answer carrying the job id.
      'wizard.createSchema': () => {
        jobs?.getState().apply(log("Discovering table structure 'Contact'."));
        return { jobId };
      },
    });
    jobs = context.jobs;
    const { wizard, fake } = context;
    wizard.getState().open({ ...account, configured: false });
    await wizard.getState().listTables();
    await wizard.getState().createSchema();
    expect(wizard.getState().run).toMatchObject({ jobId, settled: false });
    jobs.getState().apply(log("For table 'Account', unable to use type 'address'.", 'warning'));
    jobs.getState().apply({ type: 'job.progress', jobId, done: 1, total: 2 });
    jobs.getState().apply({
      type: 'job.finished',
      jobId,
      outcome: 'succeeded',
      result: { schema: 'sfdc:sfdcSchemademoSalesforce' },
    });
    expect(jobs.getState().jobs[jobId]?.log.map((l) => l.level)).toEqual(['info', 'warning']);
    expect(wizard.getState().run?.settled).toBe(true);
    expect(wizard.getState().account?.configured).toBe(true);
    expect(fake.calls.map((c) => c.channel)).toEqual(
      expect.arrayContaining(['accounts.list', 'schemas.list']),
    );
    expect(context.messages).toEqual(["ok: Schema generation for 'Demo Salesforce' finished."]);
  });

  it('refuses to start without a table, and reports a refused start', async () => {
    const { wizard } = setUp({
      'wizard.createSchema': () => ({
        error: { code: 'VALIDATION_FAILED', message: "External account 'x' is disabled." },
      }),
    });
    wizard.getState().open(account);
    await wizard.getState().createSchema();
    expect(wizard.getState().startError).toBe('Select at least one table at the previous step.');
    wizard.getState().toggle('Contact', true);
    await wizard.getState().createSchema();
    expect(wizard.getState()).toMatchObject({
      run: null,
      startError: "External account 'x' is disabled.",
    });
  });
});
