import { Button, DialogFooter, type ButtonProps } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

/** A dialog's footer: Cancel, then its primary button (OK, Create…) as `primary` describes it. */
export function CancelOkFooter({ onCancel, primary }: { onCancel(): void; primary: ButtonProps }) {
  const { t } = useTranslation();
  return (
    <DialogFooter
      actions={
        <>
          <Button text={t('cancel')} onClick={onCancel} />
          <Button intent="primary" {...primary} />
        </>
      }
    />
  );
}
