import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOracle, queryPageV2Input, type OracleFixture } from '../test-support/oracle';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 5 });
  fx.paceMs = 0;
});
afterAll(() => fx.dispose());

const query = (auth: Parameters<OracleFixture['soap']>[1]) =>
  fx.soap(
    'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage',
    auth,
    'ContactQueryPage_Input',
    queryPageV2Input('Contact', { Id: '' }),
  );

describe('Oracle request-rate limiter', () => {
  it('takes 20 requests a second per session and tells the 21st how long to wait', async () => {
    const { sessionId } = await fx.login();
    const auth = { sessionId: sessionId as string };
    for (let i = 0; i < 20; i++) {
      expect((await query(auth)).status).toBe(200);
      fx.clock.advance(10);
    }
    const refused = await query(auth);
    expect(refused.status).toBe(500);
    expect(refused.fault?.faultstring).toBe(
      'The maximum rate of requests was exceeded. Please try again in 800 ms.(SBL-ODU-01005)',
    );
    const other = await fx.login();
    expect((await query({ sessionId: other.sessionId as string })).status).toBe(200);
    fx.clock.advance(799);
    expect((await query(auth)).fault?.faultstring).toContain('Please try again in 1 ms.');
    fx.clock.advance(1);
    expect((await query(auth)).status).toBe(200);
  });

  it('counts stateless requests per user', async () => {
    fx.clock.advance(1000);
    for (let i = 0; i < 20; i++) expect((await query(fx.token)).status).toBe(200);
    expect((await query(fx.token)).fault?.codes).toEqual(['SBL-ODU-01005']);
  });
});
