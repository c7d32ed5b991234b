import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDynamics, type DynamicsFixture } from '../../../emulators/test-support/dynamics';
import { DynamicsConnector } from './dynamics-connector';
import { emulatorLogin } from './test-support/emulator-login';

// The real emulator over HTTPS with more contacts than Dataverse counts, signed in through
// msal-node: nothing here is mocked.
let f: DynamicsFixture;
let connector: DynamicsConnector;
beforeAll(async () => {
  f = await openDynamics({ records: 5_200 });
  connector = await DynamicsConnector.connect(emulatorLogin(f), f.clock);
});
afterAll(async () => {
  await connector.close();
  await f.dispose();
});

describe('Dynamics connector: counting', () => {
  it('has no count past the 5,000 rows Dataverse counts, and an exact one below', async () => {
    const fields = (await connector.describeTable('contact')).fields;
    expect(await connector.count({ table: 'contact', fields: ['contactid'] }, fields)).toBeNull();
    const query = { table: 'contact', fields: ['contactid'], pageSize: 150 };
    let ids: string[] = [];
    for await (const page of connector.query(query, fields)) {
      ids = page.rows.map((row) => String(row.contactid));
      break;
    }
    expect(ids).toHaveLength(150);
    expect(await connector.count({ ...query, ids }, fields)).toBe(150);
  });
});
