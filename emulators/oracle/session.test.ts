import { stat, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';

const contactQuery = 'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 20, sessionLifetimeSeconds: 60 });
});
afterAll(() => fx.dispose());

const query = (auth: Parameters<OracleFixture['soap']>[1]) =>
  fx.soap(
    contactQuery,
    auth,
    'ContactQueryPage_Input',
    queryPageV2Input('Contact', { Id: '' }, { pagesize: 5 }),
  );

describe('Oracle sessions', () => {
  it('logs in with the UserName and Password headers, answers on the session, and logs off', async () => {
    const { sessionId, answer } = await fx.login();
    expect(answer.status).toBe(200);
    expect(sessionId).toMatch(/^[0-9A-F]{48}$/);
    const page = await query({ sessionId: sessionId as string });
    expect(page.status).toBe(200);
    expect(recordsOf(page, 'Contact')).toHaveLength(5);
    expect((await fx.logoff(sessionId as string)).status).toBe(200);
    const after = await query({ sessionId: sessionId as string });
    expect(after.status).toBe(500);
    expect(after.fault?.faultstring).toBe(
      'Internal Error: Session is not available. Aborting.(SBL-ODU-01006)',
    );
  });

  it('refuses wrong credentials, the user name compared without regard to case', async () => {
    expect((await fx.login(fx.token.username, 'wrong')).answer.status).toBe(401);
    const { sessionId } = await fx.login(fx.token.username.toLowerCase(), fx.token.password);
    expect(sessionId).not.toBeNull();
    await fx.logoff(sessionId as string);
  });

  it('ends a session idle for its lifetime, and not one in use', async () => {
    const { sessionId } = await fx.login();
    const auth = { sessionId: sessionId as string };
    fx.clock.advance(59_000);
    expect((await query(auth)).status).toBe(200);
    fx.clock.advance(59_000);
    expect((await query(auth)).status).toBe(200);
    fx.clock.advance(60_000);
    const expired = await query(auth);
    expect(expired.fault?.codes).toEqual(['SBL-ODU-01006']);
  });

  it('expireSessions() ends every session at once', async () => {
    const { sessionId } = await fx.login();
    fx.ora.expireSessions();
    expect((await query({ sessionId: sessionId as string })).fault?.codes).toEqual([
      'SBL-ODU-01006',
    ]);
  });

  it('opens at most ten sessions per company; logging one off makes room', async () => {
    fx.ora.expireSessions();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { sessionId } = await fx.login();
      expect(sessionId).not.toBeNull();
      ids.push(sessionId as string);
    }
    const eleventh = await fx.login();
    expect(eleventh.answer.status).toBe(403);
    expect(eleventh.answer.body).toContain('SBL-ODU-01009');
    await fx.logoff(ids[0] as string);
    expect((await fx.login()).sessionId).not.toBeNull();
    fx.ora.expireSessions();
  });

  it('answers a stateless request carrying a WS-Security UsernameToken', async () => {
    expect(recordsOf(await query(fx.token), 'Contact')).toHaveLength(5);
    const denied = await query({ username: fx.token.username, password: 'nope' });
    expect(denied.fault?.codes).toEqual(['SBL-ODU-01002']);
    expect((await query({})).fault?.codes).toEqual(['SBL-ODU-01006']);
  });

  it('keeps its generated credentials 0600 in <dataDir>/emulators/oracle.json', async () => {
    const file = fx.ora.caFile.replace(/ca\.pem$/, 'oracle.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(fx.ora.credentials);
  });
});
