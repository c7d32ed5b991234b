import { Button, Callout, Intent } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { logOnSchema } from '../../shared/domain/session';
import { issuesFromZod } from '../../shared/errors';
import { messagesByPath, mergeMessages } from '../components/field-issues';
import { TextField } from '../components/text-field';
import { useTouched } from '../components/use-touched';
import { useSession } from '../stores/stores-context';
import { LogonErrorCallout } from './logon-error-callout';
import { LogonFrame } from './logon-frame';
import { useSecondsLeft } from './use-seconds-left';

type Field = 'operator' | 'password';

export function LogonForm() {
  const instance = useSession((s) => s.status?.instance?.internalName ?? '');
  const justSetUp = useSession((s) => s.justSetUp);
  const busy = useSession((s) => s.busy);
  const error = useSession((s) => s.error);
  const lockedUntil = useSession((s) => s.lockedUntil);
  const logOn = useSession((s) => s.logOn);
  const { t } = useTranslation('shell');
  const secondsLeft = useSecondsLeft(lockedUntil);
  const [operator, setOperator] = useState('admin');
  const [password, setPassword] = useState('');
  const { touch, shows, attempt } = useTouched<Field>();

  const parsed = logOnSchema.safeParse({ operator, password });
  const local = parsed.success
    ? new Map<string, string>()
    : messagesByPath(issuesFromZod(parsed.error));
  const messages = mergeMessages(local, messagesByPath(error?.issues ?? []));
  const shown = (field: Field) => (shows(field) ? messages.get(field) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    attempt();
    if (parsed.success) void logOn(parsed.data);
  };

  return (
    <LogonFrame
      title={t('logon.title')}
      subtitle={
        <Trans
          t={t}
          i18nKey="logon.instance"
          values={{ instance }}
          components={{ name: <strong data-testid="logon-instance" /> }}
        />
      }
    >
      {justSetUp && !error && (
        <Callout intent={Intent.SUCCESS} icon="tick-circle" className="console-callout">
          <span data-testid="setup-done">
            <Trans t={t} i18nKey="logon.justSetUp" components={{ name: <strong /> }} />
          </span>
        </Callout>
      )}
      <LogonErrorCallout error={error} secondsLeft={secondsLeft} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="logon-operator"
          label={t('logon.operator')}
          value={operator}
          onChange={(v) => {
            touch('operator');
            setOperator(v);
          }}
          error={shown('operator')}
          testId="logon-operator"
          autoComplete="username"
        />
        <TextField
          id="logon-password"
          label={t('logon.password')}
          type="password"
          value={password}
          onChange={(v) => {
            touch('password');
            setPassword(v);
          }}
          error={shown('password')}
          testId="logon-password"
          autoFocus
          autoComplete="current-password"
        />
        <Button
          type="submit"
          intent={Intent.PRIMARY}
          text={t('logon.submit')}
          icon="log-in"
          fill
          size="large"
          loading={busy}
          disabled={secondsLeft > 0}
          data-testid="logon-submit"
        />
      </form>
    </LogonFrame>
  );
}
