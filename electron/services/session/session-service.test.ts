import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { SettableClock } from '../../core/clock';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../shared/events';
import { ConsoleError } from '../../core/console-error';
import { EventBus } from '../../core/event-bus';
import type { ConfigDocument } from '../../storage/config/config-document';
import { ConfigStore } from '../../storage/config/config-store';
import { defaultThrottleRules, LogonThrottle } from './logon-throttle';
import { verifyPassword } from './password-hash';
import { SessionService } from './session-service';

const password = 'correct horse battery';
const wrong = 'wrong horse battery';
/** The default rules with a lower ceiling, so the cap is reached in a few (hashed) attempts. */
const rules = { ...defaultThrottleRules, maxDelayMs: 100_000 };

let dir: string;
let file: string;
const clock = new SettableClock(0);
let events: ConsoleEvent[];
let session: SessionService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'session-test-'));
  file = join(dir, 'config.json');
  clock.set(1_700_000_000_000);
  events = [];
  const bus = new EventBus();
  bus.subscribe((event) => events.push(event));
  const throttle = new LogonThrottle(clock, rules);
  session = new SessionService(await ConfigStore.open(file), throttle, bus, clock);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const setUp = () => session.setUp({ instanceName: 'acme_prod', password });
const logOn = (operator: string, pass: string) => session.logOn({ operator, password: pass });

/** Awaits an operation expected to fail with a ConsoleError, and returns that error. */
async function refusal(promise: Promise<unknown>): Promise<ConsoleError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConsoleError);
  return error as ConsoleError;
}

const failedLogOns = async (operator: string, times: number) => {
  for (let i = 0; i < times; i++)
    expect((await refusal(logOn(operator, wrong))).code).toBe('LOGON_FAILED');
};

describe('SessionService set-up', () => {
  it('names the instance and creates admin with a scrypt hash of the password', async () => {
    expect(session.status()).toEqual({ setUp: false, instance: null, operator: null });

    const status = await setUp();

    expect(status).toEqual({
      setUp: true,
      instance: { internalName: 'acme_prod' },
      operator: null,
    });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(password);
    const doc = JSON.parse(text) as ConfigDocument;
    expect(doc.instance?.internalName).toBe('acme_prod');
    expect(doc.operators).toHaveLength(1);
    const [admin] = doc.operators;
    expect(admin).toMatchObject({ name: 'admin', label: 'Administrator' });
    expect(admin?.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(password, admin?.passwordHash ?? '')).toBe(true);
    expect(session.isLoggedOn()).toBe(false);
  });

  it('refuses a second set-up and leaves the file as it was', async () => {
    await setUp();
    const before = await readFile(file, 'utf8');

    const error = await refusal(session.setUp({ instanceName: 'other', password: 'another one' }));

    expect(error.code).toBe('ALREADY_SET_UP');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(session.status().instance).toEqual({ internalName: 'acme_prod' });
  });
});

describe('SessionService logon', () => {
  it('refuses logon before set-up', async () => {
    expect((await refusal(logOn('admin', password))).code).toBe('NOT_SET_UP');
  });

  it('logs on with the right password, whatever the case of the name', async () => {
    await setUp();

    const status = await logOn('Admin', password);

    const expected = {
      setUp: true,
      instance: { internalName: 'acme_prod' },
      operator: { name: 'admin', label: 'Administrator' },
    };
    expect(status).toEqual(expected);
    expect(session.status()).toEqual(expected);
    expect(session.isLoggedOn()).toBe(true);
  });

  it('gives the same answer for a wrong password and an unknown operator', async () => {
    await setUp();

    const wrongPassword = await refusal(logOn('admin', wrong));
    const unknownOperator = await refusal(logOn('nobody', password));

    expect(wrongPassword.code).toBe('LOGON_FAILED');
    expect(unknownOperator.code).toBe('LOGON_FAILED');
    expect(wrongPassword.message).toBe('Unknown operator or wrong password.');
    expect(unknownOperator.message).toBe(wrongPassword.message);
    expect(session.status().operator).toBeNull();
    expect(events).toEqual([]);
  });

  it('emits session.changed on logon and log off', async () => {
    await setUp();

    await logOn('admin', password);
    const afterLogOff = session.logOff();

    expect(afterLogOff.operator).toBeNull();
    expect(session.isLoggedOn()).toBe(false);
    expect(events).toEqual([
      {
        type: 'session.changed',
        status: {
          setUp: true,
          instance: { internalName: 'acme_prod' },
          operator: { name: 'admin', label: 'Administrator' },
        },
      },
      { type: 'session.changed', status: afterLogOff },
    ]);
  });
});

describe('SessionService throttling', () => {
  it('locks an operator out after five failures, for longer at each further one', async () => {
    await setUp();
    await failedLogOns('admin', 5);

    const locked = await refusal(logOn('admin', password));
    expect(locked.code).toBe('LOGON_LOCKED');
    expect(locked.details).toEqual({ retryAfterMs: 30_000 });
    expect(locked.message).toBe("Too many failed logons for 'admin'. Try again in 30 seconds.");
    expect(session.isLoggedOn()).toBe(false);

    clock.advance(30_001);
    await failedLogOns('admin', 1);
    expect((await refusal(logOn('admin', password))).details).toEqual({ retryAfterMs: 60_000 });

    clock.advance(60_001);
    await failedLogOns('admin', 1);
    // 120 s by doubling, capped by the rules' maxDelayMs.
    expect((await refusal(logOn('admin', password))).details).toEqual({ retryAfterMs: 100_000 });

    clock.advance(100_001);
    await logOn('admin', password);
    expect(session.isLoggedOn()).toBe(true);
  });

  it('starts counting afresh after a successful logon', async () => {
    await setUp();
    await failedLogOns('admin', 4);
    await logOn('admin', password);
    session.logOff();

    // Without the reset this would be the fifth failure in a row, and lock admin out.
    await failedLogOns('admin', 1);
    await logOn('admin', password);
    expect(session.isLoggedOn()).toBe(true);
  });

  it('throttles each operator name apart, whatever its case', async () => {
    await setUp();
    await failedLogOns('Ghost', 3);
    await failedLogOns('GHOST', 2);

    const locked = await refusal(logOn('ghost', wrong));
    expect(locked.code).toBe('LOGON_LOCKED');
    expect(locked.details).toEqual({ retryAfterMs: 30_000 });

    await logOn('admin', password);
    expect(session.status().operator?.name).toBe('admin');
  });
});

describe('SessionService language', () => {
  it('keeps the operator’s language with their account, for their next sessions', async () => {
    await setUp();
    await logOn('admin', password);
    expect(session.status().operator?.language).toBeUndefined();
    const changed = await session.setLanguage({ language: 'fr' });
    expect(changed.operator).toEqual({ name: 'admin', label: 'Administrator', language: 'fr' });
    expect(events.at(-1)).toEqual({ type: 'session.changed', status: changed });
    session.logOff();
    const reopened = new SessionService(
      await ConfigStore.open(file),
      new LogonThrottle(clock, rules),
      new EventBus(),
      clock,
    );
    expect((await reopened.logOn({ operator: 'admin', password })).operator?.language).toBe('fr');
  });

  it('refuses a language change when nobody is logged on, and changes nothing', async () => {
    await setUp();
    expect((await refusal(session.setLanguage({ language: 'it' }))).code).toBe('NOT_LOGGED_ON');
    const saved = JSON.parse(await readFile(file, 'utf8')) as ConfigDocument;
    expect(saved.operators[0]?.language).toBeUndefined();
  });
});
