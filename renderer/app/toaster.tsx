import { Intent, OverlayToaster, Position, type Toaster } from '@blueprintjs/core';
import type { Notifier } from '../stores/store-deps';

let toaster: Promise<Toaster> | null = null;

/** One toaster for the whole window, created on first use. */
function theToaster(): Promise<Toaster> {
  toaster ??= OverlayToaster.create({ position: Position.TOP, maxToasts: 3 });
  return toaster;
}

function show(message: string, intent: Intent, icon: 'tick' | 'error') {
  void theToaster().then((t) =>
    t.show(
      {
        message: <span data-testid="toast-message">{message}</span>,
        intent,
        icon,
        timeout: intent === Intent.DANGER ? 8000 : 4000,
      },
      // Keyed by its text: saving twice refreshes one toast instead of stacking two.
      `${intent}:${message}`,
    ),
  );
}

export const toastNotifier: Notifier = {
  success: (message) => show(message, Intent.SUCCESS, 'tick'),
  failure: (message) => show(message, Intent.DANGER, 'error'),
};
