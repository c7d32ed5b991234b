import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import { crmConnectorActivity } from './crm-connector';
import { account, openCrmFixture, type CrmFixture } from './test-support/crm-fixture';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

/** 4,500 contacts: three pages of 2,000, so an import can be cut between pages. */
const importActivity: CrmInput = {
  type: 'crmConnector',
  id: 'crmResume',
  label: 'Import contacts',
  position: { x: 0, y: 0 },
  account,
  remoteObject: 'Contact',
  operation: 'import',
  import: { fields: [{ remote: 'LastName' }], automaticIndex: { enabled: true } },
};

describe('CRM connector import resumed', () => {
  let f: CrmFixture;
  const calls: string[] = [];

  beforeAll(async () => {
    f = await openCrmFixture({
      records: 4500,
      onRequest: (route, phase) => {
        if (phase === 'before' && route.startsWith('query')) calls.push(route);
      },
    });
  });
  afterAll(() => f.dispose());

  const live = async () =>
    (await f.salesforce.conn.query('SELECT Id FROM Contact', { autoFetch: true, maxFetch: 10_000 }))
      .records.length;

  const failOnce = () =>
    f.salesforce.sf.faults.add({ route: 'queryMore', kind: 'malformed', count: 1 });

  it('goes on from the page after the last one committed, in the same window', async () => {
    failOnce();
    const run = { executionId: 'cutAfterPage1' };
    await expect(
      f.harness.execute(crmConnectorActivity.execute, importActivity, null, run),
    ).rejects.toThrow(/could not be read: it is not in the form of Salesforce's API\.$/);
    calls.length = 0;
    const startedAt = f.clock.now();
    f.clock.advance(60_000);
    const { outcome, logs, vars } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity,
      null,
      run,
    );
    // The count, then no first page again: the next page by the cursor left, then the last.
    expect(calls).toEqual(['query', 'queryMore', 'queryMore']);
    expect(logs.map((l) => l.text)).toContain('Resumed after 2000 record(s).');
    expect(outcome.outputs.ok?.count).toBe(await live());
    // The automatic index closes the window the first attempt opened, not a later one.
    expect(vars.crmEndDate).toBe(
      new Date(Math.floor(startedAt / 1000) * 1000)
        .toISOString()
        .replace(/-/g, '/')
        .replace('T', ' ')
        .slice(0, 19),
    );
  });

  it('reads again into the same table when the CRM has dropped the cursor meanwhile', async () => {
    failOnce();
    const run = { executionId: 'cursorDropped' };
    const fresh = { ...importActivity, id: 'crmResumeAgain' };
    await expect(f.harness.execute(crmConnectorActivity.execute, fresh, null, run)).rejects.toThrow(
      /could not be read/,
    );
    f.clock.advance(16 * 60_000);
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      fresh,
      null,
      run,
    );
    expect(
      logs.some((l) =>
        /no longer keeps the cursor .* reads again from the first page/.test(l.text),
      ),
    ).toBe(true);
    expect(outcome.outputs.ok?.count).toBe(await live());
  });
});
