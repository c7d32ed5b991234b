import { systemClock, type Clock } from '../../electron/core/clock';
import { certificateFiles, loadCertificates } from '../framework/certificates';
import type { FaultSwitchboard } from '../framework/faults';
import { serveRoutes } from '../framework/serve-routes';
import { join } from 'node:path';
import type { SalesforceContext } from './context';
import { loadSalesforceCredentials, type SalesforceCredentials } from './credentials';
import { Org } from './data/org';
import { openWriteJournal } from '../framework/write-journal';
import { attachJournal, storeWriteSchema } from './data/org-journal';
import { salesforceDialect } from './dialect';
import { bulkRouteModule } from './bulk/bulk-routes';
import { buildRoutes, type SalesforceRouteModule } from './routes/route-table';
import { Sessions } from './sessions';
import { CursorStore } from './soql/cursors';
import { emulatorLatency, type LatencyOptions } from '../framework/latency/emulator-latency';
import type { LatencyName } from '../framework/latency/profile';
import { salesforceLimits, salesforceRealLatency } from './limits';

export interface SalesforceEmulatorOptions extends LatencyOptions {
  /** Holds the CA, the server certificate and the credentials (`<dataDir>/emulators/`). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Generated records per object (default 1,000). */
  records?: number;
  /** Same seed, same records (default 1). */
  seed?: number;
  /** The moment generated dates lead up to; default: the start time. Fix it for repeatable dates. */
  anchor?: Date;
  /** The emulator's clock (default: the system's); the console's own in its Demo accounts. */
  clock?: Clock;
  /**
   * Keep the writes made through the API in `<dataDir>/emulators/salesforce-writes.jsonl` and
   * apply them again at the next start (the Demo account's org), generated dates unchanged.
   */
  persistWrites?: boolean;
  /** Overrides of the stored credentials. */
  credentials?: Partial<SalesforceCredentials>;
  /** Extra route groups, after the REST API and Bulk API 2.0. */
  routeModules?: readonly SalesforceRouteModule[];
  /**
   * Called as each routed request is handled: `before` it takes effect and `after` (its answer
   * not yet sent). Tests use it to act at an exact point, e.g. kill a client mid-export.
   */
  onRequest?: (route: string, phase: 'before' | 'after') => void | Promise<void>;
}

export interface SalesforceEmulator {
  /** The login URL (also the instance URL): `https://127.0.0.1:<port>`. */
  loginUrl: string;
  port: number;
  credentials: SalesforceCredentials;
  /** The CA to trust, as PEM, and its file. */
  caPem: string;
  caFile: string;
  /** Arm faults per route: `faults.add({ route: 'query', kind: 'rateLimit', count: 2 })`. */
  faults: FaultSwitchboard;
  /** The clock the org's dates and the retention windows are read from. */
  clock: Clock;
  /** Direct access to the data, for tests that check what the API did. */
  org: Org;
  /** Ends every session, so the next call answers 401 INVALID_SESSION_ID. */
  expireSessions(): void;
  /** Route names, for faults. */
  routeNames(): string[];
  /** The latency profile it answers with. */
  latency: LatencyName;
  close(): Promise<void>;
}

export const writeJournalFile = (dataDir: string) =>
  join(certificateFiles(dataDir).dir, 'salesforce-writes.jsonl');

/** Starts the Salesforce emulator on 127.0.0.1 over HTTPS. */
export async function startSalesforceEmulator(
  options: SalesforceEmulatorOptions,
): Promise<SalesforceEmulator> {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  const [certificates, stored] = await Promise.all([
    loadCertificates(options.dataDir),
    loadSalesforceCredentials(options.dataDir),
  ]);
  const credentials = { ...stored, ...options.credentials };
  const generated = { seed: options.seed ?? 1, records: options.records ?? 1000 };
  const startAnchor = options.anchor?.getTime() ?? Math.floor(now() / 1000) * 1000;
  const journal = options.persistWrites
    ? await openWriteJournal(
        writeJournalFile(options.dataDir),
        generated,
        startAnchor,
        storeWriteSchema,
      )
    : null;
  const org = new Org({
    ...generated,
    anchor: journal?.anchor ?? startAnchor,
    username: credentials.username,
  });
  if (journal) attachJournal(org, journal);
  let origin = '';
  const ctx: SalesforceContext = {
    org,
    sessions: new Sessions(org.organizationId),
    cursors: new CursorStore(),
    credentials,
    now,
    origin: () => origin,
    apiUsage: { used: 0, limit: 5000 },
  };
  const latency = emulatorLatency(options, salesforceRealLatency, () => salesforceLimits());
  const { server, faults, routeNames } = await serveRoutes({
    routes: buildRoutes(ctx, [bulkRouteModule(latency.model), ...(options.routeModules ?? [])]),
    dialect: salesforceDialect(ctx),
    certificates,
    port: options.port ?? 0,
    onRequest: options.onRequest,
    latency: latency.model,
  });
  origin = server.origin;
  return {
    loginUrl: server.origin,
    port: server.port,
    credentials,
    caPem: certificates.caPem,
    caFile: certificates.caFile,
    faults,
    clock,
    org,
    expireSessions: () => ctx.sessions.revokeAll(),
    routeNames,
    latency: latency.profile,
    close: async () => {
      latency.close();
      await server.close();
    },
  };
}
