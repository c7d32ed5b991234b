import type { AccountType } from '../../shared/domain/accounts';
import type { CrmTableDescription } from '../../shared/domain/crm';
import type { Connector, DeletionCursor } from '../../electron/connectors/connector';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import type { Clock } from '../../electron/core/clock';
import type { FaultSpec } from '../../emulators/framework/faults';

/** The CRM connector's four operations, as the activity names them. */
export const operations = ['import', 'export', 'importDeleted', 'delete'] as const;
export type Operation = (typeof operations)[number];

/** The crash matrix's activity operations: the four, and an export through bulk jobs. */
export const crashActivityOperations = [...operations, 'bulkExport'] as const;
export type CrashActivityOperation = (typeof crashActivityOperations)[number];

/** A fault as the emulator framework arms it, less the route: the CRM picks the route. */
type WithoutRoute<F> = F extends unknown ? Omit<F, 'route'> : never;
export type InjectedFault = WithoutRoute<FaultSpec>;

/** A route of the CRM's API, and which of its calls (from 1) counts as "mid-run". */
export interface RouteCall {
  route: string;
  call: number;
}

/** One record as the matrices compare it: the id and the two fields the scenarios use. */
export interface TruthRow {
  id: string;
  lastName: string | null;
  email: string | null;
}

/**
 * What the CRM holds, read through its own client or its emulator's data, never through the
 * connector under test: the matrices' ground truth.
 */
export interface CrmTruth {
  /** Live records whose modification time is in [since, until). */
  recordsModified(since: Date, until: Date): Promise<TruthRow[]>;
  /** Ids of the records deleted in [start, end], both included. */
  deletedIds(start: Date, end: Date): Promise<string[]>;
  /** Live records whose last name starts with `prefix`: how many carry each name. */
  lastNameCounts(prefix: string): Promise<Map<string, number>>;
  /** Which of these ids are live records. */
  liveIds(ids: readonly string[]): Promise<Set<string>>;
  /** `count` live record ids, starting after the first `skip` live ones. */
  someLiveIds(count: number, skip: number): Promise<string[]>;
}

/** A running CRM emulator, as the matrices drive it. */
export interface RunningCrm {
  /** Where a connector logs in (also what a child process gets), and the CA to trust. */
  endpoint: DemoEndpoint;
  caPem: string;
  /** The table the scenarios work on (a contact table), as the approved schema holds it. */
  table: CrmTableDescription;
  /** Remote fields of that table: the last name (required) and an e-mail (checked). */
  fields: { lastName: string; email: string; modified: string };
  /** A value the CRM refuses for the e-mail field: a partial batch failure. */
  invalidEmail: string;
  /** Ids the CRM refuses to delete, each with its own error. */
  invalidIds: readonly string[];
  /**
   * Per operation: the routes its calls go through, the call a mid-run fault hits, and how many
   * calls an uninterrupted run makes for `size` records (where a crash trial may kill it).
   */
  routes: Record<
    Operation,
    { calls: readonly string[]; midRun: RouteCall; callsFor(size: number): number }
  >;
  /** A CRM with bulk jobs: the routes of an export through them (the crash matrix's `bulkExport`). */
  bulkExportRoutes?: {
    calls: readonly string[];
    midRun: RouteCall;
    callsFor(size: number): number;
  };
  /**
   * Only for a CRM that reports deletions through change tracking rather than by date (its
   * first run only takes a token): a token taken now, as the activity would keep it, then
   * `count` live records deleted after it through the emulator's own data.
   */
  trackDeletions?(count: number): Promise<DeletionCursor>;
  /** Arms a fault for the next request(s) of a route; `fired` tells how many it has hit. */
  arm(route: string, fault: InjectedFault): { fired(): number };
  clearFaults(): void;
  truth: CrmTruth;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Generated records per object. */
  records: number;
  /** The emulator's clock, and the moment its generated dates lead up to. */
  clock: Clock;
  anchor: Date;
  /** Hears each routed request, `before` it takes effect and `after` (answer not yet sent). */
  onRequest(route: string, phase: 'before' | 'after'): void;
}

/**
 * One CRM kind in the matrices: how to start its emulator and how a connector reaches it. A new
 * CRM (Dynamics, Oracle) is one module implementing this plus one line in `registry.ts`; the
 * scenarios, faults and checks are written against this interface only.
 */
export interface CrmUnderTest {
  readonly label: string;
  readonly kind: AccountType;
  /** Records per page of an import's query, and per write call: the scenarios' sizes. */
  readonly queryPage: number;
  readonly writeBatch: number;
  /** Whether the CRM has bulk jobs: the crash matrix then has a `bulkExport` row for it. */
  readonly bulkJobs?: boolean;
  start(options: StartOptions): Promise<RunningCrm>;
  /**
   * The connector on an emulator, with `callDeadlineMs` for each call: a page slower than that
   * is the client's timeout. Runs in the matrix process and in the crash child alike.
   */
  connect(endpoint: DemoEndpoint, clock: Clock, callDeadlineMs: number): Promise<Connector>;
}
