import { expect, type Locator, type Page } from '@playwright/test';

export type AppState = 'loading' | 'setup' | 'logon' | 'ready' | 'expired';

/** The whole window: which screen it shows, told by the root's data-app-state. */
export class ConsoleWindow {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app');
  }

  async expectState(state: AppState): Promise<void> {
    await expect(this.root).toHaveAttribute('data-app-state', state);
  }

  /**
   * The newest toast saying `text` (toasts live outside the app root; the same message again
   * replaces its toast, whose leaving copy may still be in the page for a moment).
   */
  toast(text: string | RegExp): Locator {
    return this.page.getByTestId('toast-message').filter({ hasText: text }).last();
  }

  /** Answers the Blueprint Alert that asks before a deletion. */
  async confirmDeletion(): Promise<void> {
    const alert = this.page.getByRole('alertdialog');
    await alert.getByRole('button', { name: 'Delete' }).click();
    await expect(alert).toBeHidden();
  }
}
