import { msg } from '../../../shared/i18n/message';
import type { z } from 'zod';
import type { Clock } from '../../core/clock';
import type {
  logOnSchema,
  SessionStatus,
  setLanguageSchema,
  setUpInstanceSchema,
} from '../../../shared/domain/session';
import { ConsoleError } from '../../core/console-error';
import type { EventBus } from '../../core/event-bus';
import type { ConfigStore } from '../../storage/config/config-store';
import type { OperatorRecord } from '../../storage/config/config-document';
import { hashPassword, unmatchableHash, verifyPassword } from './password-hash';
import type { LogonThrottle } from './logon-throttle';
import { sameName } from '../../../shared/domain/names';

const adminOperator = 'admin';

const operatorStatus = ({ name, label, language }: OperatorRecord) => ({
  name,
  label,
  ...(language ? { language } : {}),
});

/**
 * The instance's first start, operator logon and log off. One session per console process:
 * the Electron window, or the browser host that stands in for it.
 */
export class SessionService {
  private operator: OperatorRecord | null = null;

  constructor(
    private readonly store: ConfigStore,
    private readonly throttle: LogonThrottle,
    private readonly events: EventBus,
    private readonly clock: Clock,
    /** Runs after each successful log-on: approving pending schemas. */
    private readonly afterLogOn: () => Promise<
      NonNullable<SessionStatus['approvals']>
    > = async () => [],
  ) {}

  status(): SessionStatus {
    const { instance } = this.store.data;
    return {
      setUp: instance !== null,
      instance: instance ? { internalName: instance.internalName } : null,
      operator: this.operator ? operatorStatus(this.operator) : null,
    };
  }

  isLoggedOn(): boolean {
    return this.operator !== null;
  }

  /** First start: names the instance and sets the admin password. There is no default one. */
  async setUp(arg: z.output<typeof setUpInstanceSchema>): Promise<SessionStatus> {
    if (this.store.data.instance)
      throw new ConsoleError('ALREADY_SET_UP', msg('messages:session.alreadySetUp'));
    const passwordHash = await hashPassword(arg.password);
    const createdAt = new Date(this.clock.now()).toISOString();
    await this.store.update((doc) => {
      if (doc.instance)
        throw new ConsoleError('ALREADY_SET_UP', msg('messages:session.alreadySetUp'));
      doc.instance = { internalName: arg.instanceName, createdAt };
      doc.operators = [{ name: adminOperator, label: 'Administrator', passwordHash, createdAt }];
    });
    return this.status();
  }

  async logOn(arg: z.output<typeof logOnSchema>): Promise<SessionStatus> {
    if (!this.store.data.instance)
      throw new ConsoleError('NOT_SET_UP', msg('messages:session.notSetUp'));
    const wait = this.throttle.waitFor(arg.operator);
    if (wait > 0)
      throw new ConsoleError(
        'LOGON_LOCKED',
        msg('messages:session.locked', {
          operator: arg.operator,
          seconds: Math.ceil(wait / 1000),
        }),
        { retryAfterMs: wait },
      );
    const record = this.store.data.operators.find((o) => sameName(o.name, arg.operator));
    // Unknown operators cost a hash too, so timing does not reveal which names exist.
    const ok = await verifyPassword(arg.password, record?.passwordHash ?? unmatchableHash);
    if (!record || !ok) {
      this.throttle.recordFailure(arg.operator);
      throw new ConsoleError('LOGON_FAILED', msg('messages:session.logOnFailed'));
    }
    this.throttle.recordSuccess(arg.operator);
    this.operator = record;
    const approvals = await this.afterLogOn();
    return { ...this.announce(), ...(approvals.length ? { approvals } : {}) };
  }

  /** Keeps the logged-on operator's language for their next sessions, on any machine. */
  async setLanguage(arg: z.output<typeof setLanguageSchema>): Promise<SessionStatus> {
    const current = this.operator;
    if (!current) throw new ConsoleError('NOT_LOGGED_ON', msg('messages:session.logOnFirst'));
    await this.store.update((doc) => {
      const record = doc.operators.find((o) => sameName(o.name, current.name));
      if (!record)
        throw new ConsoleError(
          'NOT_FOUND',
          msg('messages:session.operatorGone', { operator: current.name }),
        );
      record.language = arg.language;
    });
    this.operator = { ...current, language: arg.language };
    return this.announce();
  }

  logOff(): SessionStatus {
    this.operator = null;
    return this.announce();
  }

  private announce(): SessionStatus {
    const status = this.status();
    this.events.emit({ type: 'session.changed', status });
    return status;
  }
}
