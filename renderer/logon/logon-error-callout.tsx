import { Callout, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('shell');
  if (!error) return null;
  if (error.code !== 'LOGON_LOCKED')
    return <ErrorCallout error={error} title={t('logon.refused')} testId="logon-error" />;
  return (
    <Callout
      intent={Intent.DANGER}
      icon="lock"
      title={t('logon.locked')}
      className="console-callout"
    >
      <span data-testid="logon-error">
        {secondsLeft > 0 ? t('logon.lockedWait', { count: secondsLeft }) : t('logon.tryAgainNow')}
      </span>
    </Callout>
  );
}
