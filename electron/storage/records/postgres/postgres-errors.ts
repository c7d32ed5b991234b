import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { RecordStoreError } from '../record-store';
import { redactUrl } from './pg-values';
import { describeThrown } from '../../../core/describe-thrown';

/** Socket and protocol failures: the server is not there (any more). */
const gone = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);
/** Server answers that say who may connect, not what went wrong with a statement. */
const refusedLogin = new Set(['28P01', '28000', '3D000']);
/** Server states in which it takes no more work for now (SQLSTATE class 53 and 57P0x). */
const full: Record<string, () => ConsoleMessage> = {
  '53100': () => msg('messages:store.postgres.fullness.disk'),
  '53200': () => msg('messages:store.postgres.fullness.memory'),
  '53300': () => msg('messages:store.postgres.fullness.connections'),
  '53400': () => msg('messages:store.postgres.fullness.limit'),
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
  const cause = describeThrown(error);
  const server = redactUrl(url);
  if (gone.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
    return new RecordStoreError(
      'DATABASE_UNREACHABLE',
      msg('messages:store.postgres.goneMidway', { server, cause }),
    );
  if (code === '57014')
    return new RecordStoreError(
      'DATABASE_ERROR',
      msg('messages:store.postgres.timedOut', { server, cause }),
    );
  if (refusedLogin.has(code) || /timeout|terminat/i.test(cause))
    return new RecordStoreError(
      'DATABASE_UNREACHABLE',
      msg('messages:store.postgres.unreachable', { server, cause }),
    );
  if (code === '25006')
    return new RecordStoreError(
      'DATABASE_READ_ONLY',
      msg('messages:store.postgres.readOnly', { server }),
    );
  const fullness = full[code];
  if (fullness)
    return new RecordStoreError(
      'DATABASE_FULL',
      msg('messages:store.postgres.full', { server, fullness: fullness() }),
    );
  if (code === '23505' || code.startsWith('22') || code === '23502')
    return new RecordStoreError('BAD_VALUE', msg('messages:store.constraint', { cause }));
  if (code === '40P01' || code === '55P03')
    return new RecordStoreError(
      'DATABASE_LOCKED',
      msg('messages:store.postgres.locked', { cause }),
    );
  return new RecordStoreError('DATABASE_ERROR', msg('messages:store.postgres.refused', { cause }));
}
