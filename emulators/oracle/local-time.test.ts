import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';

const ny = 'America/New_York';

describe('dates without a zone, in the user time zone', () => {
  it('formats the instants on either side of the spring-forward and fall-back changes', () => {
    const springEdge = Date.UTC(2026, 2, 8, 7, 0, 0);
    expect(formatLocalDateTime(springEdge - 1000, ny)).toBe('03/08/2026 01:59:59');
    expect(formatLocalDateTime(springEdge, ny)).toBe('03/08/2026 03:00:00');
    const fallEdge = Date.UTC(2026, 10, 1, 6, 0, 0);
    expect(formatLocalDateTime(fallEdge - 1000, ny)).toBe('11/01/2026 01:59:59');
    expect(formatLocalDateTime(fallEdge, ny)).toBe('11/01/2026 01:00:00');
    expect(formatLocalDateTime(springEdge, 'Europe/Paris')).toBe('03/08/2026 08:00:00');
  });

  it('reads a repeated hour as its first (daylight) instant and a skipped one as after the gap', () => {
    expect(parseLocalDateTime('11/01/2026 01:30:00', ny)).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(parseLocalDateTime('11/01/2026 02:30:00', ny)).toBe(Date.UTC(2026, 10, 1, 7, 30));
    expect(parseLocalDateTime('03/08/2026 02:30:00', ny)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(parseLocalDateTime('03/08/2026 03:30:00', ny)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(parseLocalDateTime('02/30/2026 00:00:00', ny)).toBeNull();
    expect(parseLocalDateTime('2026-03-08T00:00:00Z', ny)).toBeNull();
  });
});

describe('dates on the wire around a change', () => {
  let fx: OracleFixture;
  beforeAll(async () => {
    fx = await openOracle({ records: 5, timeZone: ny });
  });
  afterAll(() => fx.dispose());

  const insertAt = async (utc: number, name: string) => {
    fx.clock.set(utc - fx.paceMs);
    const answer = await fx.soap(
      'urn:crmondemand/ws/ecbs/contact/:ContactInsert',
      fx.token,
      'ContactInsert_Input',
      (input) => input.ele('ListOfContact').ele('Contact').ele('ContactLastName').txt(name),
    );
    return recordsOf(answer, 'Contact')[0]?.ModifiedDate;
  };

  const namesModified = async (expr: string) =>
    recordsOf(
      await fx.soap(
        'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage',
        fx.token,
        'ContactQueryPage_Input',
        queryPageV2Input('Contact', { ContactLastName: "LIKE 'DST*'", ModifiedDate: expr }),
      ),
      'Contact',
    ).map((record) => record.ContactLastName);

  it('writes and filters on wall-clock text in the user zone across both changes', async () => {
    expect(await insertAt(Date.UTC(2026, 2, 8, 6, 59, 59), 'DST-before-spring')).toBe(
      '03/08/2026 01:59:59',
    );
    expect(await insertAt(Date.UTC(2026, 2, 8, 7, 0, 0), 'DST-after-spring')).toBe(
      '03/08/2026 03:00:00',
    );
    expect(await insertAt(Date.UTC(2026, 10, 1, 5, 30), 'DST-first-0130')).toBe(
      '11/01/2026 01:30:00',
    );
    expect(await insertAt(Date.UTC(2026, 10, 1, 6, 30), 'DST-second-0130')).toBe(
      '11/01/2026 01:30:00',
    );
    expect(await namesModified(">= '03/08/2026 02:00:00' AND < '03/09/2026 00:00:00'")).toEqual([
      'DST-after-spring',
    ]);
    expect(await namesModified("> '11/01/2026 01:30:00'")).toEqual(['DST-second-0130']);
  });
});
