import { useState } from 'react';

/**
 * The record a delete confirmation is about. The name outlives the closing of the Alert, so
 * its text does not go blank while it fades out.
 */
export function useDeleteConfirmation(onConfirm: (name: string) => void) {
  const [name, setName] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  return {
    name,
    isOpen,
    ask: (target: string) => {
      setName(target);
      setOpen(true);
    },
    cancel: () => setOpen(false),
    confirm: () => {
      setOpen(false);
      if (name) onConfirm(name);
    },
  };
}
