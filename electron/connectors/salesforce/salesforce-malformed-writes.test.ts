import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../../../emulators/test-support/salesforce';
import { emulatorLogin } from '../../test-support/emulator-login';
import { SalesforceConnector } from './salesforce-connector';

/**
 * Answers of another shape to writes, deletes and the deleted-objects call (found by the fault
 * matrix, `npm run faults`): refused in words, never left to fail as "answer.map is not a function".
 */
let f: SalesforceFixture;
let connector: SalesforceConnector;

beforeAll(async () => {
  f = await openSalesforce({ records: 50 });
  connector = await SalesforceConnector.connect(emulatorLogin(f.sf), f.sf.clock);
});
afterAll(() => f.dispose());

describe('Salesforce connector, malformed answers', () => {
  it('refuses a write answer of another shape', async () => {
    f.sf.faults.add({ route: 'collectionsCreate', kind: 'malformed' });
    await expect(
      connector.write('Contact', 'insert', [{ LastName: 'A' }, { LastName: 'B' }]),
    ).rejects.toThrow(
      /^Salesforce's answer to the insert of 2 record\(s\) into 'Contact' is not in the expected form \(: /,
    );
  });

  it('refuses a delete answer of another shape', async () => {
    f.sf.faults.add({ route: 'collectionsDelete', kind: 'malformed' });
    const [created] = await connector.write('Contact', 'insert', [{ LastName: 'C' }]);
    await expect(connector.deleteRecords('Contact', [created?.id ?? ''])).rejects.toThrow(
      /^Salesforce's answer to the delete of 1 record\(s\) from 'Contact' is not in the expected form/,
    );
  });

  it('refuses a deleted-objects answer of another shape', async () => {
    f.sf.faults.add({ route: 'deleted', kind: 'malformed' });
    const now = f.sf.clock.now();
    await expect(
      connector.deleted('Contact', new Date(now - 86_400_000), new Date(now)),
    ).rejects.toThrow(
      /^Salesforce's answer to the deleted objects of 'Contact' is not in the expected form \(deletedRecords: /,
    );
  });

  it('still reads a well-formed answer, failures per record included', async () => {
    const results = await connector.write('Contact', 'insert', [{ LastName: 'D' }, {}]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]?.errors[0]?.code).toBe('REQUIRED_FIELD_MISSING');
  });
});
