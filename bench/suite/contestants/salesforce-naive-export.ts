import type { SalesforceLogin } from '../../../electron/connectors/salesforce/salesforce-connector';
import { naiveLogin } from './salesforce-naive';

/** sObject Collections of 200 new contacts, sent one after another, as a quick script would. */
export async function naiveCollectionsExport(
  login: SalesforceLogin,
  count: number,
): Promise<number> {
  const conn = await naiveLogin(login);
  let created = 0;
  for (let start = 1; start <= count; start += 200) {
    const batch = [];
    for (let i = start; i < Math.min(start + 200, count + 1); i++)
      batch.push({
        FirstName: `Naive${i % 5000}`,
        LastName: `Sender${i}`,
        Email: `naive.sender${i}@example.org`,
      });
    const results = await conn.sobject('Contact').create(batch, { allOrNone: false });
    created += results.filter((r) => r.success).length;
  }
  return created;
}
