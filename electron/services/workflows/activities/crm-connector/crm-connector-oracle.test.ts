import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishText } from '../../../../../shared/i18n/message';
import type { CrmTableDescription } from '../../../../../shared/domain/crm';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import { sortOrFilterLimitation } from '../../../../connectors/oracle/oracle-connector';
import type { OracleApiVersion } from '../../../../connectors/oracle/oracle-soap';
import {
  openOracleConnectorFixture,
  type OracleConnectorFixture,
} from '../../../../connectors/oracle/test-support/oracle-fixture';
import { openActivityHarness, type ActivityHarness } from '../../test-support/activity-harness';
import { crmConnectorActivity } from './crm-connector';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

const account = 'demoOracle';
const activity = (settings: Partial<CrmInput>): CrmInput => ({
  type: 'crmConnector',
  id: 'crmOracle',
  label: 'Oracle contacts',
  position: { x: 0, y: 0 },
  account,
  remoteObject: 'Contact',
  operation: 'import',
  ...settings,
});

/**
 * Two instants on each side of New York's changes of 2025 (9 March, 2 November): what Oracle
 * shows as wall-clock text in the CRM user's zone, and the true instant behind it.
 */
const aroundChanges = [
  { utc: '2025-03-09T06:30:00.000Z', wall: '2025-03-09T01:30:00' },
  { utc: '2025-03-09T07:30:00.000Z', wall: '2025-03-09T03:30:00' },
  { utc: '2025-11-02T04:30:00.000Z', wall: '2025-11-02T00:30:00' },
  { utc: '2025-11-02T07:30:00.000Z', wall: '2025-11-02T02:30:00' },
];

describe('CRM connector activity on Oracle On Demand (emulator over HTTPS)', () => {
  let f: OracleConnectorFixture;
  let contact: CrmTableDescription;
  let version: OracleApiVersion = 'v2.0';
  let harness: ActivityHarness;
  const ids: string[] = [];

  beforeAll(async () => {
    f = await openOracleConnectorFixture({ records: 40 });
    const probe = await f.connect();
    contact = await probe.describeTable('Contact');
    await probe.close();
    const store = f.ora.company.store('Contact');
    if (!store) throw new Error('no Contact store');
    for (const [i, { utc }] of aroundChanges.entries()) {
      const ref = 20 + i;
      if (store.isDeleted(ref)) throw new Error(`record ${ref} should be live`);
      store.patch(ref, new Map([['ModifiedDate', Date.parse(utc)]]));
      ids.push(store.idOf(ref));
    }
    harness = await openActivityHarness({
      approved: { [account]: [contact] },
      connector: () => f.connect({ version }),
    });
  });
  afterAll(async () => {
    await harness.dispose();
    await f.dispose();
  });

  const importOf = async (conversion: 'default' | 'withoutOffset' | 'copy') => {
    const input = await harness.populate(
      [{ name: 'oracleId', label: 'Oracle id', type: 'string', length: 30 }],
      ['oracleId'],
      ids.map((oracleId) => ({ oracleId })),
    );
    const { outcome } = await harness.execute(
      crmConnectorActivity.execute,
      activity({
        import: {
          identification: 'upstream',
          remoteIdColumn: 'oracleId',
          fields: [{ remote: 'ModifiedDate', conversion }],
        },
      }),
      input,
    );
    const rows = await harness.rows(outcome.outputs.ok?.table ?? '', 'Id');
    return ids.map((id) => rows.find((r) => r.Id === id)?.ModifiedDate);
  };

  it('stores true UTC under Default across both daylight-saving changes, the wall clock otherwise', async () => {
    expect(await importOf('default')).toEqual(aroundChanges.map((c) => c.utc));
    // Without time offset: Oracle's wall clock kept as a datetime without zone.
    expect((await importOf('withoutOffset')).map((v) => String(v).slice(0, 19))).toEqual(
      aroundChanges.map((c) => c.wall),
    );
    // Copy/Paste: the wall clock as text, as Oracle wrote it.
    expect(await importOf('copy')).toEqual(aroundChanges.map((c) => c.wall));
  });

  it("routes rejects with Oracle's four columns: log file name, code, symbol and message", async () => {
    const input = await harness.populate(
      [
        { name: 'n', label: 'N', type: 'long' },
        { name: 'lastName', label: 'Last name', type: 'string', length: 80 },
        { name: 'email', label: 'Email', type: 'string', length: 80 },
      ],
      ['n'],
      [
        { n: 1, lastName: 'Reject1', email: 'reject1@example.com' },
        { n: 2, lastName: 'Reject2', email: 'not-an-email' },
        { n: 3, lastName: null, email: 'reject3@example.com' },
      ],
    );
    const { outcome } = await harness.execute(
      crmConnectorActivity.execute,
      activity({
        id: 'crmOracleExport',
        operation: 'export',
        export: {
          mapping: [
            { source: 'lastName', remote: 'ContactLastName' },
            { source: 'email', remote: 'ContactEmail' },
          ],
        },
        behavior: { processRejects: true },
      }),
      input,
    );
    expect(outcome.outputs.ok?.count).toBe(1);
    const rejected = await harness.rows(outcome.outputs.reject?.table ?? '', 'n');
    expect(rejected).toEqual([
      expect.objectContaining({
        n: 2,
        errorLogFilename: 'OnDemandServicesObjMgr_enu_0042.log',
        errorCode: 'SBL-DAT-00521',
        errorSymbol: 'IDS_ERR_FIELD_EMAIL_FORMAT',
        errorMessage: expect.stringContaining("'not-an-email'") as string,
      }),
      expect.objectContaining({
        n: 3,
        errorLogFilename: 'OnDemandServicesObjMgr_enu_0042.log',
        errorCode: 'SBL-DAT-00498',
        errorSymbol: 'IDS_SSA_ERR_FIELD_REQUIRED',
        errorMessage: expect.stringContaining('ContactLastName') as string,
      }),
    ]);
  });

  it('with v1.0, refuses Order by with the automatic index before any call, quoting the limitation', async () => {
    version = 'v1.0';
    const before = f.ora.faults.list().length;
    // Any v1.0 query would meet this fault: none must be sent.
    const tripwire = f.ora.faults.add({ route: 'queryPageV1', kind: 'serverError', count: 1 });
    try {
      await expect(
        harness.execute(
          crmConnectorActivity.execute,
          activity({
            id: 'crmOracleV1',
            import: {
              fields: [{ remote: 'ContactLastName' }],
              orderBy: [{ field: 'ContactLastName' }],
              automaticIndex: { enabled: true },
            },
          }),
          null,
        ),
      ).rejects.toThrow(englishText(sortOrFilterLimitation));
      expect(tripwire.fired).toBe(0);
    } finally {
      tripwire.remove();
      version = 'v2.0';
    }
    expect(f.ora.faults.list()).toHaveLength(before);
  });
});
