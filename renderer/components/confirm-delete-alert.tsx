import { Alert, Intent } from '@blueprintjs/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The confirmation asked before a record is deleted; deletions cannot be undone. */
export function ConfirmDeleteAlert({
  isOpen,
  children,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const messageId = useId();
  const { t } = useTranslation();
  return (
    <Alert
      // Blueprint gives the alert dialog no name of its own: its question names it.
      aria-labelledby={messageId}
      isOpen={isOpen}
      intent={Intent.DANGER}
      icon="trash"
      confirmButtonText={t('delete')}
      cancelButtonText={t('cancel')}
      canEscapeKeyCancel
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p id={messageId} data-testid="confirm-delete-message">
        {children}
      </p>
    </Alert>
  );
}
