import { describe, expect, it } from 'vitest';
import { FlagError, parseConsoleFlags } from './console-flags';
import { defaultDataDir } from '../core/default-data-dir';

describe('parseConsoleFlags', () => {
  it('reads --browser, --port and --data-dir, ignoring switches Electron adds', () => {
    expect(
      parseConsoleFlags(['--browser', '--port', '8123', '--data-dir', '/d', '--inspect=0'], {}),
    ).toEqual({
      browser: true,
      service: false,
      port: 8123,
      dataDir: '/d',
      databaseUrl: null,
      demoLatency: 'off',
      help: false,
    });
  });

  it('defaults to a free port and no data dir', () => {
    expect(parseConsoleFlags([], {})).toEqual({
      browser: false,
      service: false,
      port: 0,
      dataDir: null,
      databaseUrl: null,
      demoLatency: 'off',
      help: false,
    });
  });

  it('takes the data dir from CRM_CONSOLE_DATA_DIR unless the flag is given', () => {
    expect(parseConsoleFlags([], { CRM_CONSOLE_DATA_DIR: '/env' }).dataDir).toBe('/env');
    expect(parseConsoleFlags(['--data-dir=/flag'], { CRM_CONSOLE_DATA_DIR: '/env' }).dataDir).toBe(
      '/flag',
    );
  });

  it('takes a PostgreSQL URL for the record store, from the flag or the environment', () => {
    const url = 'postgres://console@127.0.0.1:5432/records';
    expect(parseConsoleFlags(['--database-url', url], {}).databaseUrl).toBe(url);
    expect(parseConsoleFlags([], { CRM_CONSOLE_DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(() => parseConsoleFlags(['--database-url', 'mysql://x'], {})).toThrow(
      /PostgreSQL connection string/,
    );
  });

  it('runs as a service only with a PostgreSQL record store, and not with --browser', () => {
    const url = 'postgres://console@127.0.0.1:5432/records';
    expect(parseConsoleFlags(['--service'], { CRM_CONSOLE_DATABASE_URL: url })).toMatchObject({
      service: true,
      databaseUrl: url,
    });
    expect(() => parseConsoleFlags(['--service'], {})).toThrow(
      'Service mode keeps the records in PostgreSQL: give --database-url or set CRM_CONSOLE_DATABASE_URL.',
    );
    expect(() => parseConsoleFlags(['--service', '--browser', '--database-url', url], {})).toThrow(
      /cannot be used together/,
    );
  });

  it("takes the Demo accounts' latency from the flag or the environment, off by default", () => {
    expect(parseConsoleFlags(['--demo-latency', 'real'], {}).demoLatency).toBe('real');
    expect(parseConsoleFlags([], { CRM_CONSOLE_DEMO_LATENCY: 'lan' }).demoLatency).toBe('lan');
    expect(() => parseConsoleFlags(['--demo-latency', 'slow'], {})).toThrow(
      "--demo-latency expects one of off, lan, real, not 'slow'.",
    );
  });

  it.each(['abc', '-1', '70000', '80.5'])('refuses --port %s with a clear message', (port) => {
    expect(() => parseConsoleFlags(['--port', port], {})).toThrow(FlagError);
    expect(() => parseConsoleFlags(['--port', port], {})).toThrow(/--port expects a number/);
  });
});

describe('defaultDataDir', () => {
  it("matches Electron's userData folder on each platform", () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/CRM Connector Console');
    expect(defaultDataDir({ APPDATA: 'C:/Roaming' }, 'win32')).toMatch(
      /Roaming.CRM Connector Console$/,
    );
    expect(defaultDataDir({}, 'darwin')).toMatch(
      /Library.Application Support.CRM Connector Console$/,
    );
  });
});
