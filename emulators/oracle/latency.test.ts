import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualTimers } from '../framework/latency/timers';
import { openOracle, queryPageV2Input, type OracleFixture } from '../test-support/oracle';
import { oracleRealLatency } from './latency';

const v2 = 'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage';
const timers = new ManualTimers();
let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 300, latency: 'real', timers });
});
afterAll(() => fx.dispose());

describe('Oracle emulator with latency real', () => {
  it('holds a 100-record QueryPage for the round trip and 100 records of server time', async () => {
    const start = timers.now();
    const answer = await timers.runUntil(
      fx.soap(
        v2,
        fx.token,
        'ContactQueryPage_Input',
        queryPageV2Input('Contact', { Id: '' }, { pagesize: 100 }),
      ),
    );
    expect(answer.status).toBe(200);
    const serverAndTrip = oracleRealLatency.roundTripMs + 100 * oracleRealLatency.serverMsPerRecord;
    const waited = timers.now() - start;
    expect(fx.ora.latency).toBe('real');
    // The rest is the two bodies at 100 Mbit/s: a few milliseconds for a page of ids.
    expect(waited).toBeGreaterThan(serverAndTrip);
    expect(waited).toBeLessThan(serverAndTrip + 20);
  });

  it('still refuses the 21st request of a second in a session, as in every profile', async () => {
    fx.paceMs = 0;
    const { sessionId } = await timers.runUntil(fx.login());
    const auth = { sessionId: sessionId as string };
    const query = () =>
      timers.runUntil(
        fx.soap(v2, auth, 'ContactQueryPage_Input', queryPageV2Input('Contact', { Id: '' })),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await query()).status);
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(500);
  });
});
