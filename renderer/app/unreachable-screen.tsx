import { Button, NonIdealState, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { shownText, type ShownError } from '../api/console-call-error';

/** Shown while the first status is read, or when the host did not answer it. */
export function UnreachableScreen({
  error,
  onRetry,
}: {
  error: ShownError | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation('shell');
  if (!error)
    return (
      <div className="console-fullscreen">
        <Spinner aria-label={t('unreachable.loading')} />
      </div>
    );
  return (
    <div className="console-fullscreen" data-testid="unreachable-screen">
      <NonIdealState
        icon="offline"
        title={t('unreachable.title')}
        description={shownText(error)}
        action={<Button icon="refresh" text={t('unreachable.retry')} onClick={onRetry} />}
      />
    </div>
  );
}
