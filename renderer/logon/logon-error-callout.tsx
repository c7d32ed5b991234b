import { Callout, Intent } from '@blueprintjs/core';
import type { ConsoleCallError } from '../api/console-call-error';
import { ErrorCallout } from '../components/error-callout';

/** A refused logon; a locked one counts down to when the operator may try again. */
export function LogonErrorCallout({
  error,
  secondsLeft,
}: {
  error: ConsoleCallError | null;
  secondsLeft: number;
}) {
  if (!error) return null;
  if (error.code !== 'LOGON_LOCKED')
    return <ErrorCallout error={error} title="Logon refused" testId="logon-error" />;
  return (
    <Callout
      intent={Intent.DANGER}
      icon="lock"
      title="Too many failed logons"
      className="console-callout"
    >
      <span data-testid="logon-error">
        {secondsLeft > 0
          ? `Logon is locked for this operator. Try again in ${secondsLeft} seconds.`
          : 'You may try again now.'}
      </span>
    </Callout>
  );
}
