import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toastNotifier } from './toaster';

const saved = "External account 'sales' saved.";

describe('toasts', () => {
  it('shows the same message once however often it comes, and again after it has gone', async () => {
    act(() => {
      toastNotifier.success(saved);
      toastNotifier.success(saved);
    });
    await waitFor(() => expect(screen.getAllByTestId('toast-message')).toHaveLength(1));

    // Closed, then the same message again: it shows again, once.
    const close = screen.getByRole('button', { name: /close/i });
    act(() => close.click());
    act(() => toastNotifier.success(saved));
    await waitFor(() =>
      expect(
        screen.getAllByTestId('toast-message').filter((t) => !t.closest('.bp6-toast-exit')),
      ).toHaveLength(1),
    );
  });
});
