import type { Company } from './data/company';
import type { OracleCredentials } from './credentials';
import type { RateLimiter } from './rate-limiter';
import type { OracleSessions } from './sessions';

/** What the Oracle routes share. */
export interface OracleContext {
  company: Company;
  sessions: OracleSessions;
  limiter: RateLimiter;
  credentials: OracleCredentials;
  /** The API user's time zone: every date without a zone is in it. */
  timeZone: string;
  now(): number;
}

/** Who a SOAP request acts as, and the key its request rate is counted under. */
export interface Caller {
  userId: string;
  rateKey: string;
}
