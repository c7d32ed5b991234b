import { describe, expect, it } from 'vitest';
import { isStoreUnavailable } from '../record-store';
import { postgresError } from './postgres-errors';

const url = 'postgres://console:s3cret@db.example.org:5432/records';

/** Server answers the suite cannot provoke on a throw-away cluster (a full disk, no slots). */
const answer = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('postgresError', () => {
  it.each([
    ['53100', 'could not extend file', 'DATABASE_FULL', 'its disk is full'],
    ['53300', 'sorry, too many clients already', 'DATABASE_FULL', 'no free connection'],
    [
      '25006',
      'cannot execute INSERT in a read-only transaction',
      'DATABASE_READ_ONLY',
      'read-only',
    ],
    ['57P01', 'terminating connection due to administrator command', 'DATABASE_UNREACHABLE', ''],
    ['ECONNREFUSED', 'connect ECONNREFUSED', 'DATABASE_UNREACHABLE', 'cannot be reached'],
  ])('words %s as %s, for the run to wait', (code, message, expected, words) => {
    const error = postgresError(answer(code, message), url);
    expect(error.code).toBe(expected);
    expect(error.message).toContain(words);
    expect(error.message).toContain('db.example.org');
    expect(error.message).not.toContain('s3cret');
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it.each([
    [
      '57014',
      'canceling statement due to statement timeout',
      'DATABASE_ERROR',
      'statement timeout',
    ],
    ['23505', 'duplicate key value', 'BAD_VALUE', 'constraint'],
    ['55P03', 'could not obtain lock', 'DATABASE_LOCKED', 'locked'],
    ['42601', 'syntax error', 'DATABASE_ERROR', 'refused'],
  ])('words %s as %s, which a run does not wait out', (code, message, expected, words) => {
    const error = postgresError(answer(code, message), url);
    expect(error.code).toBe(expected);
    expect(error.message).toContain(words);
    expect(isStoreUnavailable(error)).toBe(false);
  });
});
