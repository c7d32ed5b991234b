import { Intent, OverlayToaster, Position, type Toaster } from '@blueprintjs/core';
import type { Notifier } from '../stores/store-deps';

let toaster: Promise<Toaster> | null = null;

/** One toaster for the whole window, created on first use. */
function theToaster(): Promise<Toaster> {
  toaster ??= OverlayToaster.create({ position: Position.TOP, maxToasts: 3 });
  return toaster;
}

/** The toast on screen for each text, so the same message twice replaces it, not stacks. */
const showing = new Map<string, string>();
let shown = 0;

function show(message: string, intent: Intent, icon: 'tick' | 'error') {
  void theToaster().then((t) => {
    const text = `${intent}:${message}`;
    const previous = showing.get(text);
    if (previous) t.dismiss(previous);
    // A fresh key each time: reusing the key of a toast on its way out would show nothing.
    const key = `${text}#${++shown}`;
    showing.set(text, key);
    t.show(
      {
        message: <span data-testid="toast-message">{message}</span>,
        intent,
        icon,
        timeout: intent === Intent.DANGER ? 8000 : 4000,
        onDismiss: () => {
          if (showing.get(text) === key) showing.delete(text);
        },
      },
      key,
    );
  });
}

export const toastNotifier: Notifier = {
  success: (message) => show(message, Intent.SUCCESS, 'tick'),
  failure: (message) => show(message, Intent.DANGER, 'error'),
};
