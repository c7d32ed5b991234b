import pino from 'pino';
import type { Clock } from '../../core/clock';
import { describeThrownForLog } from '../../core/describe-thrown';
import type { Logger } from '../../core/logger';

export type ServiceLogLevel = 'info' | 'warn' | 'error';
export type ServiceLogFields = Record<string, string | number | boolean | null | string[]>;

/** The service's log: one JSON object a line on stdout, for journald or a log shipper. */
export interface ServiceLog {
  write(level: ServiceLogLevel, event: string, message: string, fields?: ServiceLogFields): void;
  /** The console's Logger, where the services and hosts report failures. */
  failure: Logger;
}

/**
 * Lines carry `time` (from the console's clock), `level`, `event` (a stable name to filter on)
 * and `message`. Written synchronously, so the last lines are out before the process exits.
 */
export function openServiceLog(clock: Clock, fd = 1): ServiceLog {
  const log = pino(
    {
      base: null,
      messageKey: 'message',
      timestamp: () => `,"time":"${new Date(clock.now()).toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ dest: fd, sync: true }),
  );
  return {
    write: (level, event, message, fields = {}) => log[level]({ event, ...fields }, message),
    failure: (message, error) =>
      log.error({ event: 'failure', detail: describeThrownForLog(error) }, message),
  };
}
