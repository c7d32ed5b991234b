import { systemClock, type Clock } from '../../electron/core/clock';
import { loadCertificates } from '../framework/certificates';
import type { FaultSwitchboard } from '../framework/faults';
import { serveRoutes } from '../framework/serve-routes';
import { authorityOf, type DynamicsContext } from './context';
import {
  dynamicsFiles,
  loadClientCertificate,
  loadDynamicsCredentials,
  type ClientCertificate,
  type DynamicsCredentials,
} from './credentials';
import { openWriteJournal } from '../framework/write-journal';
import { Organization } from './data/organization';
import { attachJournal, entityWriteSchema } from './data/organization-journal';
import { dynamicsDialect } from './dialect';
import { AccessTokens } from './identity/access-tokens';
import { tokenSigner } from './identity/token-signer';
import { buildRoutes } from './routes/route-table';

export interface DynamicsEmulatorOptions {
  /** Holds the CA, the server certificate, the credentials and the client certificate. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Generated rows per entity (default 1,000). */
  records?: number;
  /** Same seed, same rows (default 1). */
  seed?: number;
  /** The moment generated dates lead up to; default: the start time. */
  anchor?: Date;
  /** The emulator's clock (default: the system's): token expiry, assertion checks, dates. */
  clock?: Clock;
  /** Access-token lifetime (default 3,599 s); short ones exercise renewal. */
  tokenLifetimeSeconds?: number;
  /**
   * Keep the writes made through the API in `<dataDir>/emulators/dynamics-writes.jsonl` and
   * apply them again at the next start (the Demo account's organization).
   */
  persistWrites?: boolean;
  /** Called as each routed request is handled, `before` it takes effect and `after`. */
  onRequest?: (route: string, phase: 'before' | 'after') => void | Promise<void>;
}

export interface DynamicsEmulator {
  /** The organization URL (Web API at `/api/data/v9.2/`): `https://127.0.0.1:<port>`. */
  serverUrl: string;
  /** `https://127.0.0.1:<port>/<tenant>`: give msal-node `knownAuthorities: ['127.0.0.1:<port>']`. */
  authority: string;
  tenant: string;
  port: number;
  /** `scope` for both token flows: `<serverUrl>/.default`. */
  scope: string;
  credentials: DynamicsCredentials;
  /** The app registration's certificate: PEMs, files and thumbprints (SHA-1 and SHA-256). */
  certificate: ClientCertificate;
  caPem: string;
  caFile: string;
  faults: FaultSwitchboard;
  clock: Clock;
  /** Direct access to the data, for tests that check what the API did. */
  organization: Organization;
  /** Ends every access token, so the next call answers 401. */
  expireTokens(): void;
  routeNames(): string[];
  close(): Promise<void>;
}

/** Starts the Dynamics 365 emulator (identity service and Web API) on 127.0.0.1 over HTTPS. */
export async function startDynamicsEmulator(
  options: DynamicsEmulatorOptions,
): Promise<DynamicsEmulator> {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  const [certificates, credentials, certificate] = await Promise.all([
    loadCertificates(options.dataDir),
    loadDynamicsCredentials(options.dataDir),
    loadClientCertificate(options.dataDir, new Date(systemClock.now())),
  ]);
  const generated = { seed: options.seed ?? 1, records: options.records ?? 1000 };
  const startAnchor = options.anchor?.getTime() ?? Math.floor(now() / 1000) * 1000;
  const journal = options.persistWrites
    ? await openWriteJournal(
        dynamicsFiles(options.dataDir).writes,
        generated,
        startAnchor,
        entityWriteSchema,
      )
    : null;
  const organization = new Organization({
    ...generated,
    anchor: journal?.anchor ?? startAnchor,
    username: credentials.username,
  });
  if (journal) attachJournal(organization, journal);
  let origin = '';
  const ctx: DynamicsContext = {
    organization,
    credentials,
    certificate,
    tokens: new AccessTokens(),
    signer: tokenSigner(certificates.serverPem, certificates.serverKeyPem),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3599,
    now,
    origin: () => origin,
  };
  const { server, faults, routeNames } = await serveRoutes({
    routes: buildRoutes(ctx),
    dialect: dynamicsDialect(ctx),
    certificates,
    port: options.port ?? 0,
    onRequest: options.onRequest,
  });
  origin = server.origin;
  return {
    serverUrl: server.origin,
    authority: authorityOf(ctx),
    tenant: credentials.tenant,
    port: server.port,
    scope: `${server.origin}/.default`,
    credentials,
    certificate,
    caPem: certificates.caPem,
    caFile: certificates.caFile,
    faults,
    clock,
    organization,
    expireTokens: () => ctx.tokens.expireAll(),
    routeNames,
    close: () => server.close(),
  };
}
