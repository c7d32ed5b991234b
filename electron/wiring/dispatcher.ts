import { msg } from '../../shared/i18n/message';
import type { Logger } from '../core/logger';
import { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ParsedArgOf,
  type ResultOf,
} from '../../shared/contract';
import { invalidArgument, issuesFromZod, type Envelope } from '../../shared/errors';
import { ConsoleError } from '../core/console-error';

import { describeThrown } from '../core/describe-thrown';

export type Handlers = {
  [C in Channel]: (arg: ParsedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export interface Gate {
  isLoggedOn(): boolean;
}

/**
 * The one entry point for contract calls, shared by Electron IPC and the browser host: checks
 * the channel, validates the argument and the session before any service runs, and turns every
 * outcome into an envelope.
 */
export class Dispatcher {
  constructor(
    private readonly handlers: Handlers,
    private readonly gate: Gate,
    private readonly log: Logger,
  ) {}

  async dispatch(channel: unknown, rawArg: unknown): Promise<Envelope<unknown>> {
    try {
      return { ok: true, value: await this.run(channel, rawArg) };
    } catch (error) {
      if (error instanceof ConsoleError) return { ok: false, error: error.toPayload() };
      if (error instanceof z.ZodError) {
        // A service built a record the store refuses: a bug, reported without its data.
        this.log(`Invalid data produced while handling '${describeThrown(channel)}'`, error);
      } else {
        this.log(`Unexpected failure while handling '${describeThrown(channel)}'`, error);
      }
      return {
        ok: false,
        error: new ConsoleError('INTERNAL', msg('messages:contract.internal')).toPayload(),
      };
    }
  }

  private async run(channel: unknown, rawArg: unknown): Promise<unknown> {
    if (!isChannel(channel))
      throw new ConsoleError(
        'UNKNOWN_CHANNEL',
        msg('messages:contract.unknownChannel', { channel: describeThrown(channel) }),
      );
    const spec = contract[channel];
    if (spec.access !== 'public' && !this.gate.isLoggedOn())
      throw new ConsoleError('NOT_LOGGED_ON', msg('messages:session.logOnFirst'));
    const parsed = spec.arg.safeParse(rawArg);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      throw new ConsoleError('INVALID_ARGUMENT', invalidArgument(issues), { issues });
    }
    const handler = this.handlers[channel] as (arg: unknown) => unknown;
    return handler(parsed.data);
  }
}
