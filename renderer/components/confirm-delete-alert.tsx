import { Alert, Intent } from '@blueprintjs/core';
import type { ReactNode } from 'react';

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
  return (
    <Alert
      isOpen={isOpen}
      intent={Intent.DANGER}
      icon="trash"
      confirmButtonText="Delete"
      cancelButtonText="Cancel"
      canEscapeKeyCancel
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p data-testid="confirm-delete-message">{children}</p>
    </Alert>
  );
}
