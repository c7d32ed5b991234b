import { msg } from '../../../../shared/i18n/message';
import type { ActivityModule } from '../activity';
import { runScript } from './script-sandbox';

/**
 * JavaScript code: runs its script in the sandbox (see `runScript`); the input population goes
 * on unchanged.
 */
export const javascriptActivity: ActivityModule<'javascript'> = {
  check: (activity) => (activity.script.trim() ? [] : [msg('messages:activityCheck.writeScript')]),

  outputColumns: (_activity, _output, input) => input,

  async execute(context) {
    await runScript({
      what: 'JavaScript code',
      script: context.activity.script,
      timeoutSeconds: context.activity.timeoutSeconds,
      vars: context.vars,
      instanceName: context.env.instanceName(),
      log: (level, text) => context.log(level, msg('messages:log.script', { text })),
      signal: context.signal,
      sandbox: context.env.sandbox,
    });
    return { outputs: { ok: context.input } };
  },
};
