import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../shared/domain/session';
import { createConsoleClient } from '../api/console-client';
import { fakeBridge, recordingNotifier } from '../test-support/fake-bridge';
import { createConnectionStore } from './connection-store';
import { createConsoleStores } from './console-stores';
import { connectEventFeed } from './event-feed';

const loggedOff: SessionStatus = {
  setUp: true,
  instance: { internalName: 'acme' },
  operator: null,
};
const loggedOn: SessionStatus = {
  ...loggedOff,
  operator: { name: 'admin', label: 'Administrator' },
};

function setUp(handlers: Parameters<typeof fakeBridge>[0] = {}) {
  const fake = fakeBridge({
    'session.status': () => loggedOff,
    'session.logOn': ({ password }) =>
      password === 'right-password'
        ? loggedOn
        : { error: { code: 'LOGON_FAILED', message: 'Unknown operator or wrong password.' } },
    'session.logOff': () => loggedOff,
    ...handlers,
  });
  const stores = createConsoleStores(
    createConsoleClient(fake.bridge),
    recordingNotifier().notify,
    createConnectionStore(),
    { kind: 'electron' },
  );
  return { fake, stores };
}

describe('session store', () => {
  it('loads the status, logs on and off', async () => {
    const { stores } = setUp();
    const session = stores.session;
    await session.getState().load();
    expect(session.getState().status).toEqual(loggedOff);
    await session.getState().logOn({ operator: 'admin', password: 'right-password' });
    expect(session.getState().status).toEqual(loggedOn);
    await session.getState().logOff();
    expect(session.getState().status).toEqual(loggedOff);
  });

  it('keeps a refused logon as the error, and the status unchanged', async () => {
    const { stores } = setUp();
    await stores.session.getState().load();
    await stores.session.getState().logOn({ operator: 'admin', password: 'wrong' });
    expect(stores.session.getState()).toMatchObject({
      status: loggedOff,
      busy: false,
      error: { code: 'LOGON_FAILED', message: 'Unknown operator or wrong password.' },
    });
  });

  it('records that the status could not be read', async () => {
    const { stores } = setUp({
      'session.status': () => ({ error: { code: 'INTERNAL', message: 'Down.' } }),
    });
    await stores.session.getState().load();
    expect(stores.session.getState()).toMatchObject({
      status: null,
      loadError: expect.objectContaining({ message: 'Down.' }),
    });
  });
});

describe('event feed and stores together', () => {
  it('feeds session.changed to the session store and unsubscribes', async () => {
    const { fake, stores } = setUp();
    const stop = connectEventFeed(fake.bridge, stores);
    fake.emit({ type: 'session.changed', status: loggedOn });
    expect(stores.session.getState().status).toEqual(loggedOn);
    stop();
    expect(fake.listenerCount()).toBe(0);
  });

  it('forgets the previous operator’s views when the operator changes', async () => {
    const { fake, stores } = setUp();
    connectEventFeed(fake.bridge, stores);
    fake.emit({ type: 'session.changed', status: loggedOn });
    stores.explorer.getState().open('options');
    stores.options.getState().openNew();
    // The app menu's Log off reaches the window only as an event.
    fake.emit({ type: 'session.changed', status: loggedOff });
    expect(stores.explorer.getState().openId).toBe('administration');
    expect(stores.options.getState().editor).toBeNull();
  });
});

describe('explorer store', () => {
  it('opens a node with its ancestors expanded, and follows the keyboard', () => {
    const { stores } = setUp();
    const explorer = stores.explorer;
    explorer.getState().open('options');
    expect(explorer.getState()).toMatchObject({
      selectedId: 'options',
      openId: 'options',
      expanded: ['administration', 'platform'],
    });
    expect(explorer.getState().pressKey('ArrowDown')).toBeNull();
    expect(explorer.getState()).toMatchObject({ selectedId: 'enumerations', openId: 'options' });
    // Enter names the node to open; the address opens it, so that Back returns.
    expect(explorer.getState().pressKey('Enter')).toBe('enumerations');
    expect(explorer.getState().openId).toBe('options');
  });

  it('has Profiles and Targets > Recipients first, before Administration', () => {
    const { stores } = setUp();
    const explorer = stores.explorer;
    explorer.getState().pressKey('Home');
    expect(explorer.getState().selectedId).toBe('profiles-and-targets');
    explorer.getState().pressKey('ArrowRight');
    explorer.getState().pressKey('ArrowRight');
    expect(explorer.getState().pressKey('Enter')).toBe('recipients');
    expect(explorer.getState()).toMatchObject({
      selectedId: 'recipients',
      expanded: ['administration', 'profiles-and-targets'],
    });
  });
});
