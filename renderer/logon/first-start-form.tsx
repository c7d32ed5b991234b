import { Button, Intent } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setUpInstanceSchema } from '../../shared/domain/session';
import { issuesFromZod } from '../../shared/errors';
import { ErrorCallout } from '../components/error-callout';
import { messagesByPath, mergeMessages } from '../components/field-issues';
import { TextField } from '../components/text-field';
import { useTouched } from '../components/use-touched';
import { useSession } from '../stores/stores-context';
import { LogonFrame } from './logon-frame';

type Field = 'instanceName' | 'password' | 'confirm';

export function FirstStartForm() {
  const busy = useSession((s) => s.busy);
  const error = useSession((s) => s.error);
  const setUp = useSession((s) => s.setUp);
  const { t } = useTranslation('shell');
  const [instanceName, setInstanceName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { touch, shows, attempt } = useTouched<Field>();

  const parsed = setUpInstanceSchema.safeParse({ instanceName, password });
  const local = parsed.success
    ? new Map<string, string>()
    : messagesByPath(issuesFromZod(parsed.error));
  if (confirm !== password) local.set('confirm', t('firstStart.passwordsDiffer'));
  const messages = mergeMessages(local, messagesByPath(error?.issues ?? []));
  const shown = (field: Field) => (shows(field) ? messages.get(field) : undefined);
  const edit = (field: Field, set: (v: string) => void) => (value: string) => {
    touch(field);
    set(value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    attempt();
    if (parsed.success && confirm === password) void setUp(parsed.data);
  };

  return (
    <LogonFrame title={t('firstStart.title')} subtitle={t('firstStart.subtitle')}>
      <ErrorCallout error={error} title={t('firstStart.notCreated')} testId="setup-error" />
      <form onSubmit={submit} noValidate>
        <TextField
          id="setup-instance-name"
          label={t('firstStart.instanceName')}
          value={instanceName}
          onChange={edit('instanceName', setInstanceName)}
          error={shown('instanceName')}
          help={t('firstStart.instanceNameHelp')}
          testId="setup-instance-name"
          required
          autoFocus
        />
        <TextField
          id="setup-password"
          label={t('firstStart.password')}
          type="password"
          value={password}
          onChange={edit('password', setPassword)}
          error={shown('password')}
          help={t('firstStart.passwordHelp')}
          testId="setup-password"
          required
          autoComplete="new-password"
        />
        <TextField
          id="setup-confirm-password"
          label={t('firstStart.confirmPassword')}
          type="password"
          value={confirm}
          onChange={edit('confirm', setConfirm)}
          error={shown('confirm')}
          testId="setup-confirm-password"
          required
          autoComplete="new-password"
        />
        <Button
          type="submit"
          intent={Intent.PRIMARY}
          text={t('firstStart.create')}
          icon="add"
          fill
          size="large"
          loading={busy}
          data-testid="setup-submit"
        />
      </form>
    </LogonFrame>
  );
}
