import { Button, Intent } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
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
  const [instanceName, setInstanceName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { touch, shows, attempt } = useTouched<Field>();

  const parsed = setUpInstanceSchema.safeParse({ instanceName, password });
  const local = parsed.success
    ? new Map<string, string>()
    : messagesByPath(issuesFromZod(parsed.error));
  if (confirm !== password) local.set('confirm', 'The two passwords differ.');
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
    <LogonFrame
      title="First start"
      subtitle="Name this instance and choose the password of the admin operator. There is no default password."
    >
      <ErrorCallout error={error} title="The instance was not created" testId="setup-error" />
      <form onSubmit={submit} noValidate>
        <TextField
          id="setup-instance-name"
          label="Instance internal name"
          value={instanceName}
          onChange={edit('instanceName', setInstanceName)}
          error={shown('instanceName')}
          help="Letters, digits and underscores, e.g. acme_prod."
          testId="setup-instance-name"
          required
          autoFocus
        />
        <TextField
          id="setup-password"
          label="Password"
          type="password"
          value={password}
          onChange={edit('password', setPassword)}
          error={shown('password')}
          help="For the operator admin; at least 8 characters."
          testId="setup-password"
          required
          autoComplete="new-password"
        />
        <TextField
          id="setup-confirm-password"
          label="Confirm password"
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
          text="Create instance"
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
