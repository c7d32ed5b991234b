import { Alert, Intent } from '@blueprintjs/core';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useConsoleStores } from '../stores/stores-context';
import { routePath } from './console-routes';
import { leaveReason, storesRoute } from './stores-route';

/**
 * Asks before the administrator leaves an open wizard or unsaved changes: for Back, Forward and
 * a click in the explorer with a dialog; for a reload or closing the window, with the browser's.
 */
export function LeaveConfirmation() {
  const stores = useConsoleStores();
  const { t } = useTranslation('shell');
  // A new address the stores already show follows a change made in the view: it leaves nothing.
  const blocker = useBlocker(
    ({ nextLocation }) =>
      nextLocation.pathname !== routePath(storesRoute(stores)) && leaveReason(stores) !== null,
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaveReason(stores) !== null) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [stores]);

  const blocked = blocker.state === 'blocked';
  const questionId = useId();
  return (
    <Alert
      // Blueprint gives the alert dialog no name of its own: its question names it.
      aria-labelledby={questionId}
      isOpen={blocked}
      intent={Intent.WARNING}
      icon="warning-sign"
      confirmButtonText={t('leave.leave')}
      cancelButtonText={t('leave.stay')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      className="console-leave-confirmation"
    >
      {blocked && <p id={questionId}>{leaveReason(stores) ?? t('leave.question')}</p>}
    </Alert>
  );
}
