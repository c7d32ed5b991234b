import { Button, DialogFooter, type ButtonProps } from '@blueprintjs/core';

/** A dialog's footer: Cancel, then its primary button (OK, Create…) as `primary` describes it. */
export function CancelOkFooter({ onCancel, primary }: { onCancel(): void; primary: ButtonProps }) {
  return (
    <DialogFooter
      actions={
        <>
          <Button text="Cancel" onClick={onCancel} />
          <Button intent="primary" {...primary} />
        </>
      }
    />
  );
}
