import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';

const ns = 'urn:crmondemand/ws/ecbs/contact/';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 50 });
});
afterAll(() => fx.dispose());

type Fields = Record<string, string>;

const write = (method: string, records: Fields[]) =>
  fx.soap(`${ns}:Contact${method}`, fx.token, `Contact${method}_Input`, (input: XMLBuilder) => {
    const list = input.ele('ListOfContact');
    for (const record of records) {
      const element = list.ele('Contact');
      for (const [name, value] of Object.entries(record)) element.ele(name).txt(value);
    }
  });

const byExternalId = async (externalId: string) =>
  recordsOf(
    await fx.soap(
      `${ns}:ContactQueryPage`,
      fx.token,
      'ContactQueryPage_Input',
      queryPageV2Input('Contact', {
        Id: '',
        ExternalSystemId: `='${externalId}'`,
        ContactLastName: '',
        ContactEmail: '',
        ContactType: '',
        CustomMultiSelectPickList0: '',
        ModifiedDate: '',
      }),
    ),
    'Contact',
  );

describe('Oracle writes', () => {
  it('inserts records and answers each one with its Id and dates, in the user time zone', async () => {
    const answer = await write('Insert', [
      { ContactLastName: 'Ng', ExternalSystemId: 'MKT-1', ContactType: 'Customer' },
      {
        ContactLastName: 'Oh',
        ExternalSystemId: 'MKT-2',
        CustomMultiSelectPickList0: 'Newsletter;OFFERS',
      },
    ]);
    expect(answer.status).toBe(200);
    const results = recordsOf(answer, 'Contact');
    expect(results.map((r) => r.ExternalSystemId)).toEqual(['MKT-1', 'MKT-2']);
    expect(results[0]?.Id).toMatch(/^AYCA-[0-9A-Z]{6}$/);
    expect(results[0]?.ModifiedDate).toBe(
      formatLocalDateTime(fx.clock.now() - (fx.clock.now() % 1000), fx.ora.timeZone),
    );
    const [stored] = await byExternalId('MKT-2');
    expect(stored?.CustomMultiSelectPickList0).toBe('NEWS;OFFERS');
  });

  it('updates by Id or ExternalSystemId, and InsertOrUpdate inserts what it cannot find', async () => {
    const [ng] = await byExternalId('MKT-1');
    expect(
      (await write('Update', [{ Id: ng?.Id ?? '', ContactEmail: 'ng@example.com' }])).status,
    ).toBe(200);
    expect(
      (await write('Update', [{ ExternalSystemId: 'MKT-2', ContactEmail: 'oh@example.com' }]))
        .status,
    ).toBe(200);
    expect((await byExternalId('MKT-1'))[0]?.ContactEmail).toBe('ng@example.com');
    expect((await byExternalId('MKT-2'))[0]?.ContactEmail).toBe('oh@example.com');
    const upsert = await write('InsertOrUpdate', [
      { ExternalSystemId: 'MKT-2', ContactLastName: 'Oh-Lee' },
      { ExternalSystemId: 'MKT-3', ContactLastName: 'Park' },
    ]);
    expect(upsert.status).toBe(200);
    expect((await byExternalId('MKT-2'))[0]?.ContactLastName).toBe('Oh-Lee');
    expect((await byExternalId('MKT-3'))[0]?.ContactLastName).toBe('Park');
    const generated = await byExternalId('CONTACT-00000001');
    expect(generated).toHaveLength(1);
  });

  it('fails a batch with a bad record as a whole: one SBL- error per bad record, nothing written', async () => {
    const answer = await write('Insert', [
      { ContactLastName: 'Fine', ExternalSystemId: 'MKT-10' },
      { ContactFirstName: 'No last name', ExternalSystemId: 'MKT-11' },
      { ContactLastName: 'Dup', ExternalSystemId: 'MKT-1' },
      { ContactLastName: 'Bad type', ContactType: 'Alien' },
      { ContactLastName: 'Bad date', DateofBirth: '31/12/1990' },
      { ContactLastName: 'Read only', ModifiedDate: '01/01/2020 00:00:00' },
      { ContactLastName: 'x'.repeat(51) },
      { ContactLastName: 'Unknown', Nickname: 'x' },
    ]);
    expect(answer.status).toBe(500);
    expect(answer.fault?.codes).toEqual([
      'SBL-DAT-00498',
      'SBL-DAT-00381',
      'SBL-DAT-00225',
      'SBL-DAT-00359',
      'SBL-DAT-00402',
      'SBL-DAT-00235',
      'SBL-EAI-04127',
    ]);
    expect(answer.fault?.faultstring).toBe(
      "'ContactLastName' is a required field. Please enter a value for the field.(SBL-DAT-00498)",
    );
    expect(await byExternalId('MKT-10')).toEqual([]);
  });

  it('refuses updates and deletes of records it cannot find or name', async () => {
    expect(
      (await write('Update', [{ Id: 'AYCA-ZZZZZZ', ContactLastName: 'x' }])).fault?.codes,
    ).toEqual(['SBL-EAI-04378']);
    expect((await write('Update', [{ ContactLastName: 'x' }])).fault?.codes).toEqual([
      'SBL-EAI-04397',
    ]);
    expect((await write('Delete', [{ ExternalSystemId: 'MKT-404' }])).fault?.codes).toEqual([
      'SBL-EAI-04378',
    ]);
    expect(
      (
        await write(
          'Insert',
          Array.from({ length: 21 }, (_, i) => ({ ContactLastName: `n${i}` })),
        )
      ).fault?.codes,
    ).toEqual(['SBL-EAI-04431']);
  });

  it('deletes records: gone from QueryPage, listed by DeletedItemQueryPage sorted by DeletedDate', async () => {
    const deleted = await write('Delete', [{ ExternalSystemId: 'MKT-3' }]);
    expect(deleted.status).toBe(200);
    expect(recordsOf(deleted, 'Contact')[0]?.ExternalSystemId).toBe('MKT-3');
    expect(await byExternalId('MKT-3')).toEqual([]);
    const items = await fx.soap(
      'urn:crmondemand/ws/deleteditem/:DeletedItemQueryPage',
      fx.token,
      'DeletedItemWS_DeletedItemQueryPage_Input',
      (input) => {
        const item = input.ele('ListOfDeletedItem').ele('DeletedItem');
        for (const name of ['DeletedItemId', 'DeletedDate', 'Name', 'ObjectId', 'ExternalSystemId'])
          item.ele(name);
        item.ele('Type').txt("='Contact'");
        input.ele('PageSize').txt('100');
        input.ele('StartRowNum').txt('0');
      },
    );
    expect(items.status).toBe(200);
    const list =
      (items.output.ListOfDeletedItem as { DeletedItem?: Record<string, string>[] }).DeletedItem ??
      [];
    const store = fx.ora.company.store('Contact');
    expect(list.length).toBe(
      (store?.generatedDeletions().length ?? 0) + (store?.apiDeletions().length ?? 0),
    );
    const last = list.at(-1);
    expect(last).toMatchObject({ Name: 'Park', ExternalSystemId: 'MKT-3' });
    const deletedAt = Math.floor((fx.clock.now() - fx.paceMs) / 1000) * 1000;
    expect(last?.DeletedDate).toBe(formatLocalDateTime(deletedAt, fx.ora.timeZone));
    const dates = list.map(
      (item) => parseLocalDateTime(item.DeletedDate ?? '', fx.ora.timeZone) ?? NaN,
    );
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(String(items.output.LastPage)).toBe('true');
  });
});
