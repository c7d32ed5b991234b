import { RecordStoreError } from '../record-store';
import { redactUrl } from './pg-values';
import { describeThrown } from '../../../core/describe-thrown';

/** Socket and protocol failures: the server is not there (any more). */
const gone = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);
/** Server answers that say who may connect, not what went wrong with a statement. */
const refusedLogin = new Set(['28P01', '28000', '3D000']);
/** Server states in which it takes no more work for now (SQLSTATE class 53 and 57P0x). */
const full: Record<string, string> = {
  '53100': 'its disk is full',
  '53200': 'it is out of memory',
  '53300': 'it has no free connection (too many clients)',
  '53400': 'it reached a configured limit',
};

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : '';
}

/**
 * A driver or server error as a RecordStoreError whose code says what the console can do about
 * it: a bad row (BAD_VALUE), a server that cannot take writes for now (UNREACHABLE, READ_ONLY,
 * FULL: the run waits and resumes), or anything else (DATABASE_ERROR). The URL's password never
 * reaches the message.
 */
export function postgresError(error: unknown, url: string): RecordStoreError {
  if (error instanceof RecordStoreError) return error;
  const code = codeOf(error);
  const message = describeThrown(error);
  const server = `The PostgreSQL server at ${redactUrl(url)}`;
  if (gone.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
    return new RecordStoreError(
      'DATABASE_UNREACHABLE',
      `${server} cannot be reached: ${message}. Nothing was written by the interrupted operation.`,
    );
  if (code === '57014')
    return new RecordStoreError(
      'DATABASE_ERROR',
      `${server} stopped a statement that ran longer than the console's statement timeout: ${message}.`,
    );
  if (refusedLogin.has(code) || /timeout|terminat/i.test(message))
    return new RecordStoreError('DATABASE_UNREACHABLE', `${server} cannot be reached: ${message}.`);
  if (code === '25006')
    return new RecordStoreError(
      'DATABASE_READ_ONLY',
      `${server} is read-only (a standby, or transactions are set read-only): nothing was written.`,
    );
  const fullness = full[code];
  if (fullness)
    return new RecordStoreError(
      'DATABASE_FULL',
      `${server} takes no more work: ${fullness}. Nothing was written.`,
    );
  if (code === '23505' || code.startsWith('22') || code === '23502')
    return new RecordStoreError('BAD_VALUE', `A row breaks a constraint of the table: ${message}.`);
  if (code === '40P01' || code === '55P03')
    return new RecordStoreError('DATABASE_LOCKED', `The PostgreSQL table is locked: ${message}.`);
  return new RecordStoreError('DATABASE_ERROR', `PostgreSQL refused the operation: ${message}.`);
}
