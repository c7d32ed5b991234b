import type { CrashActivityOperation, InjectedFault, Operation } from '../crms/crm-under-test';

/** The faults of the matrix, named for what happens, whatever the CRM. */
export const faultNames = [
  'rateLimit',
  'serverError',
  'resetMidBody',
  'sessionExpiry',
  'slowPage',
  'malformedPage',
  'partialBatch',
  'diskUnwritable',
] as const;
export type FaultName = (typeof faultNames)[number];

export const faultLabels: Record<FaultName, string> = {
  rateLimit: '429 + Retry-After',
  serverError: '503',
  resetMidBody: 'reset mid-body',
  sessionExpiry: 'session expiry',
  slowPage: 'slow page',
  malformedPage: 'malformed page',
  partialBatch: 'partial batch',
  diskUnwritable: 'disk unwritable',
};

export const operationLabels: Record<CrashActivityOperation, string> = {
  import: 'import',
  export: 'export',
  importDeleted: 'import deleted',
  delete: 'delete',
  bulkExport: 'export (bulk)',
};

/** How a fault reaches one operation's run. */
export type Injection =
  /** An emulator fault on the operation's mid-run call. */
  | { kind: 'emulator'; fault: InjectedFault }
  /** Records the CRM refuses among valid ones, in the same batches. */
  | { kind: 'invalidRecords' }
  /** The execution's work folder made immutable at the operation's mid-run call. */
  | { kind: 'immutableWorkFolder' }
  | { kind: 'notApplicable'; reason: string };

/** A page (or batch answer) this much slower than the client's deadline is its timeout. */
const slowerBy = 1500;

export function injectionFor(
  fault: FaultName,
  operation: Operation,
  callDeadlineMs: number,
): Injection {
  switch (fault) {
    case 'rateLimit':
      // Two in a row: the client's retry is met by a second refusal before it gets through.
      return { kind: 'emulator', fault: { kind: 'rateLimit', retryAfterSeconds: 1, count: 2 } };
    case 'serverError':
      return { kind: 'emulator', fault: { kind: 'serverError', status: 503, count: 2 } };
    case 'resetMidBody':
      return { kind: 'emulator', fault: { kind: 'reset', when: 'midBody' } };
    case 'sessionExpiry':
      return { kind: 'emulator', fault: { kind: 'expiredSession' } };
    case 'slowPage':
      return { kind: 'emulator', fault: { kind: 'slow', delayMs: callDeadlineMs + slowerBy } };
    case 'malformedPage':
      return { kind: 'emulator', fault: { kind: 'malformed' } };
    case 'partialBatch':
      return operation === 'export' || operation === 'delete'
        ? { kind: 'invalidRecords' }
        : { kind: 'notApplicable', reason: 'it only reads: no batch of writes' };
    case 'diskUnwritable':
      return { kind: 'immutableWorkFolder' };
  }
}
