import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import type { BulkJobs, Connector, CrmPage } from '../../../../connectors/connector';
import { msg } from '../../../../../shared/i18n/message';
import { CrmError } from '../../../../connectors/crm-error';
import { crmConnectorActivity } from './crm-connector';
import { account, openCrmFixture, type CrmFixture } from './test-support/crm-fixture';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

/** 25,000 contacts: one bulk results page, handed over in parts of 10,000, cut after one. */
const importActivity: CrmInput = {
  type: 'crmConnector',
  id: 'crmBulkResume',
  label: 'Import contacts',
  position: { x: 0, y: 0 },
  account,
  remoteObject: 'Contact',
  operation: 'import',
  import: { fields: [{ remote: 'LastName' }, { remote: 'Email' }] },
  bulk: { enabled: true, threshold: 1000 },
};

describe('CRM connector bulk import resumed', () => {
  let f: CrmFixture;
  let calls: Record<string, number> = {};
  /** When set, the connection is lost after the first results page has been handed over. */
  let cutAfterFirstPage = false;
  // The real bulk query, cut as a lost connection would cut it: the emulator cannot drop a
  // connection between two pages of one iteration on its own.
  const wrap = (c: Connector): Connector => {
    const bulk = c.bulk as BulkJobs;
    return Object.assign(Object.create(c) as Connector, {
      bulk: {
        ...bulk,
        query: async function* (...args: Parameters<BulkJobs['query']>): AsyncIterable<CrmPage> {
          for await (const page of bulk.query(...args)) {
            yield page;
            if (cutAfterFirstPage)
              throw new CrmError(msg('messages:connectors.answerCut', { url: 'The emulator' }));
          }
        },
      } satisfies BulkJobs,
    });
  };

  beforeAll(async () => {
    f = await openCrmFixture({
      records: 25_000,
      wrap,
      onRequest: (route, phase) => {
        if (phase === 'before') calls[route] = (calls[route] ?? 0) + 1;
      },
    });
  });
  afterAll(() => f.dispose());

  it('goes on from the part of the job page after the last one committed, with no new job', async () => {
    const run = { executionId: 'bulkCut' };
    cutAfterFirstPage = true;
    await expect(
      f.harness.execute(crmConnectorActivity.execute, importActivity, null, run),
    ).rejects.toThrow('The emulator cut its answer short.');
    expect(calls.bulkQueryCreate).toBe(1);
    cutAfterFirstPage = false;
    calls = {};
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity,
      null,
      run,
    );
    expect(logs.map((l) => l.text)).toContain('Resumed after 10000 record(s).');
    expect(calls.bulkQueryCreate).toBeUndefined();
    // The same results page again, its first 10,000 records skipped.
    expect(calls.bulkQueryResults).toBe(1);
    const live = await f.salesforce.conn.query('SELECT COUNT() FROM Contact');
    expect(outcome.outputs.ok?.count).toBe(live.totalSize);
    const rows = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'Id');
    expect(new Set(rows.map((r) => r.Id)).size).toBe(live.totalSize);
  });
});
