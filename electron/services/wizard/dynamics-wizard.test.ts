import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../shared/events';
import { adminPassword, openTempConsole, type TempConsole } from '../../test-support/temp-console';

/** The Demo Dynamics account through the contract, against its emulator over HTTPS. */
let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const call = async (channel: string, arg?: unknown) => {
  const outcome = await t.core.dispatcher.dispatch(channel, arg);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
};

async function createSchema(tables: string[]) {
  const { jobId } = (await call('wizard.createSchema', { account: 'demoDynamics', tables })) as {
    jobId: string;
  };
  const lines: { level: string; text: string }[] = [];
  const end = await new Promise<Extract<ConsoleEvent, { type: 'job.finished' }>>((resolve) => {
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.log' && event.jobId === jobId)
        lines.push({ level: event.level, text: event.text });
      if (event.type === 'job.finished' && event.jobId === jobId) {
        stop();
        resolve(event);
      }
    });
  });
  return { end, lines };
}

describe('Microsoft CRM configuration wizard on the Demo Dynamics account', () => {
  it('tests the connection, generates the mscrm schema with the skip lines, approves it at log-on and syncs option sets', async () => {
    expect(await call('accounts.testConnection', { name: 'demoDynamics' })).toMatchObject({
      organization: expect.stringMatching(/^CRM Console Demo \([0-9a-f-]{36}\)$/) as unknown,
      apiVersion: expect.stringMatching(/^Web API v9\.2, server 9\.2\.\d+\.\d+$/) as unknown,
    });
    const step1 = (await call('wizard.listTables', { account: 'demoDynamics' })) as {
      tables: { name: string }[];
    };
    expect(step1.tables.map((x) => x.name)).toEqual(
      expect.arrayContaining(['contact', 'account', 'new_loyalty']),
    );

    const { end, lines } = await createSchema(['contact', 'new_loyalty']);
    expect(end).toMatchObject({
      outcome: 'succeeded',
      result: { schema: 'mscrm:mscrmSchemademoDynamics' },
    });
    const warnings = lines.filter((l) => l.level === 'warning').map((l) => l.text);
    expect(warnings).toEqual(
      expect.arrayContaining([
        "For table 'contact', unable to use type 'customer' of field 'parentcustomerid'.",
        expect.stringMatching(
          /^For table 'new_loyalty', unable to use type 'multi-select option set' of field '/,
        ) as unknown,
        expect.stringMatching(
          /^For table 'new_loyalty', unable to use type 'partylist' of field '/,
        ) as unknown,
      ]),
    );

    t.core.session.logOff();
    const status = await t.core.session.logOn({ operator: 'admin', password: adminPassword });
    expect(status.approvals).toMatchObject([{ ok: true }]);
    expect((await t.core.records.listTables()).map((x) => x.name)).toEqual(
      expect.arrayContaining(['mscrmDemoDynamics_contact', 'mscrmDemoDynamics_new_loyalty']),
    );

    const rows = (await call('enumerations.syncRows', { account: 'demoDynamics' })) as unknown;
    const text = JSON.stringify(rows);
    expect(text).toContain('contact.gendercode');
    expect(text).toContain('"refusal":{"key":"messages:enumerationSync.multiSelect"}');
    await call('enumerations.syncApply', {
      account: 'demoDynamics',
      choices: [{ id: 'contact.gendercode', target: 'contact_gendercode', replace: true }],
    });
    const gender = (await call('enumerations.get', { name: 'contact_gendercode' })) as {
      values: { value: string; label: string }[];
    };
    expect(gender.values.map((v) => [v.value, v.label])).toEqual([
      ['1', 'Male'],
      ['2', 'Female'],
    ]);
  });
});
