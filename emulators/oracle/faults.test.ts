import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 5 });
});
afterEach(() => fx.ora.faults.clear());
afterAll(() => fx.dispose());

const query = (auth: Parameters<OracleFixture['soap']>[1] = fx.token) =>
  fx.soap(
    'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage',
    auth,
    'ContactQueryPage_Input',
    queryPageV2Input('Contact', { Id: '' }),
  );

describe('Oracle fault switchboard', () => {
  it('names one target per kind of call and refuses unknown ones', () => {
    expect(fx.ora.routeNames()).toEqual(
      expect.arrayContaining([
        'login',
        'logoff',
        'queryPage',
        'queryPageV1',
        'insertOrUpdate',
        'deletedItemQueryPage',
        'getPicklistValues',
      ]),
    );
    expect(() => fx.ora.faults.add({ route: 'query', kind: 'reset' })).toThrow(
      /Unknown route query/,
    );
  });

  it('rateLimit answers the limiter fault with the wait it names', async () => {
    fx.ora.faults.add({ route: 'queryPage', kind: 'rateLimit', retryAfterSeconds: 2 });
    expect((await query()).fault?.faultstring).toBe(
      'The maximum rate of requests was exceeded. Please try again in 2000 ms.(SBL-ODU-01005)',
    );
    expect((await query()).status).toBe(200);
  });

  it('expiredSession ends the request session: the next call fails too until a new login', async () => {
    const { sessionId } = await fx.login();
    const auth = { sessionId: sessionId as string };
    fx.ora.faults.add({ route: 'queryPage', kind: 'expiredSession' });
    expect((await query(auth)).fault?.codes).toEqual(['SBL-ODU-01006']);
    expect((await query(auth)).fault?.codes).toEqual(['SBL-ODU-01006']);
    const again = await fx.login();
    expect((await query({ sessionId: again.sessionId as string })).status).toBe(200);
  });

  it('serverError answers an HTML page from the proxy, or a SOAP fault for 500', async () => {
    fx.ora.faults.add({ route: 'queryPage', kind: 'serverError', status: 503 });
    const unavailable = await query();
    expect(unavailable.status).toBe(503);
    expect(unavailable.text).toContain('Service Unavailable');
    fx.ora.faults.add({ route: 'queryPage', kind: 'serverError', status: 500 });
    expect((await query()).fault?.codes).toEqual(['SBL-ODU-01000']);
  });

  it('reset, slow and malformed deliver the real answer badly', async () => {
    fx.ora.faults.add({ route: 'queryPage', kind: 'reset', when: 'beforeResponse' });
    await expect(query()).rejects.toThrow();
    fx.ora.faults.add({ route: 'queryPage', kind: 'slow', delayMs: 20 });
    expect(recordsOf(await query(), 'Contact').length).toBeGreaterThan(0);
    fx.ora.faults.add({ route: 'queryPage', kind: 'malformed' });
    const malformed = await query();
    expect(malformed.status).toBe(200);
    expect(malformed.text).toContain('an answer of another shape');
  });

  it('aims at login and logoff apart from the SOAP calls', async () => {
    fx.ora.faults.add({ route: 'login', kind: 'serverError', status: 502 });
    expect((await fx.login()).answer.status).toBe(502);
    expect((await query()).status).toBe(200);
    expect((await fx.login()).answer.status).toBe(200);
  });

  it('answers an unknown SOAPAction and a body that is no SOAP with Oracle faults', async () => {
    const unknown = await fx.soap(
      'urn:crmondemand/ws/ecbs/contact/:ContactMerge',
      fx.token,
      'ContactMerge_Input',
      () => undefined,
    );
    expect(unknown.fault?.codes).toEqual(['SBL-EAI-04313']);
    const wrongInput = await fx.soap(
      'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage',
      fx.token,
      'AccountQueryPage_Input',
      () => undefined,
    );
    expect(wrongInput.fault?.codes).toEqual(['SBL-EAI-04308']);
  });
});
