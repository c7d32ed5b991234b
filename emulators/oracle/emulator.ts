import { systemClock, type Clock } from '../../electron/core/clock';
import { openStoreJournal } from '../data/write-journal';
import { certificateFiles, loadCertificates } from '../framework/certificates';
import { createDispatcher } from '../framework/dispatcher';
import { FaultSwitchboard } from '../framework/faults';
import { startHttpsServer } from '../framework/https-server';
import { Router } from '../framework/router';
import { join } from 'node:path';
import type { OracleContext } from './context';
import { loadOracleCredentials, type OracleCredentials } from './credentials';
import { Company } from './data/company';
import { oracleDialect } from './dialect';
import { isTimeZone } from './local-time';
import { RateLimiter } from './rate-limiter';
import { sessionCommand } from './routes/session';
import { soapEndpoint } from './routes/soap';
import { oracleOperationNames, operationName, parseSoapAction } from './soap/actions';
import { OracleSessions } from './sessions';
import { header } from '../framework/http-types';

export interface OracleEmulatorOptions {
  /** Holds the CA, the server certificate and the credentials (`<dataDir>/emulators/`). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Generated records per object (default 1,000). */
  records?: number;
  /** Same seed, same records (default 1). */
  seed?: number;
  /** The moment generated dates lead up to; default: the start time. */
  anchor?: Date;
  /** The emulator's clock (default: the system's): session idle time, rate limiter, audit dates. */
  clock?: Clock;
  /** A session idle this long ends (default 600 s, Oracle's ten minutes). */
  sessionLifetimeSeconds?: number;
  /** The API user's time zone (default `America/New_York`): dates on the wire are in it. */
  timeZone?: string;
  /** Keep writes in `<dataDir>/emulators/oracle-writes.jsonl` and apply them at the next start. */
  persistWrites?: boolean;
}

export interface OracleEmulator {
  /** `https://127.0.0.1:<port>`; the endpoint is `<serverUrl>/Services/Integration`. */
  serverUrl: string;
  port: number;
  credentials: OracleCredentials;
  /** The API user's time zone. */
  timeZone: string;
  caPem: string;
  caFile: string;
  /** Arm faults per operation: `faults.add({ route: 'queryPage', kind: 'expiredSession' })`. */
  faults: FaultSwitchboard;
  clock: Clock;
  /** Direct access to the data, for tests that check what the API did. */
  company: Company;
  /** Ends every session: the next call with an old JSESSIONID answers SBL-ODU-01006. */
  expireSessions(): void;
  /** Fault-target names. */
  routeNames(): string[];
  close(): Promise<void>;
}

export const oracleWriteJournalFile = (dataDir: string) =>
  join(certificateFiles(dataDir).dir, 'oracle-writes.jsonl');

/** Starts the Oracle CRM On Demand Web Services emulator on 127.0.0.1 over HTTPS. */
export async function startOracleEmulator(options: OracleEmulatorOptions): Promise<OracleEmulator> {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  const timeZone = options.timeZone ?? 'America/New_York';
  if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone '${timeZone}'.`);
  const lifetime = options.sessionLifetimeSeconds ?? 600;
  if (!(lifetime > 0)) throw new Error('sessionLifetimeSeconds must be more than 0.');
  const [certificates, credentials] = await Promise.all([
    loadCertificates(options.dataDir),
    loadOracleCredentials(options.dataDir),
  ]);
  const generated = { seed: options.seed ?? 1, records: options.records ?? 1000 };
  const startAnchor = options.anchor?.getTime() ?? Math.floor(now() / 1000) * 1000;
  const journal = options.persistWrites
    ? await openStoreJournal(oracleWriteJournalFile(options.dataDir), generated, startAnchor)
    : null;
  const company = new Company({
    ...generated,
    anchor: journal?.anchor ?? startAnchor,
    username: credentials.username,
    timeZone,
  });
  journal?.attach(company);
  const ctx: OracleContext = {
    company,
    sessions: new OracleSessions(lifetime * 1000, now),
    limiter: new RateLimiter(now),
    credentials,
    timeZone,
    now,
  };
  const router = new Router([
    {
      name: 'session',
      method: 'GET',
      path: '/Services/Integration',
      handle: (req) => sessionCommand(ctx, req),
    },
    {
      name: 'soap',
      method: 'POST',
      path: '/Services/Integration',
      handle: (req) => soapEndpoint(ctx, req),
    },
  ]);
  const faults = new FaultSwitchboard(() => oracleOperationNames);
  const server = await startHttpsServer({
    certificates,
    port: options.port ?? 0,
    dispatch: createDispatcher(router, faults, oracleDialect(ctx), (route, req) =>
      route.name === 'session'
        ? req.url.searchParams.get('command')?.toLowerCase() === 'logoff'
          ? 'logoff'
          : 'login'
        : operationName(parseSoapAction(header(req, 'soapaction'))),
    ),
  });
  return {
    serverUrl: server.origin,
    port: server.port,
    credentials,
    timeZone,
    caPem: certificates.caPem,
    caFile: certificates.caFile,
    faults,
    clock,
    company,
    expireSessions: () => ctx.sessions.closeAll(),
    routeNames: () => [...oracleOperationNames],
    close: () => server.close(),
  };
}
