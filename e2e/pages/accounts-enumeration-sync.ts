import { expect, type Locator, type Page } from '@playwright/test';
import { scanScreen } from '../fixtures/accessibility';

/** The "Synchronizing enumerations" dialog: choose rows, Next (preview), Start (apply). */
export class EnumerationSyncDialog {
  readonly dialog: Locator;
  readonly body: Locator;
  readonly rows: Locator;
  readonly previewRows: Locator;
  readonly error: Locator;
  readonly done: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.locator('.console-sync-dialog');
    this.body = this.dialog.getByTestId('sync-dialog');
    this.rows = this.dialog.getByTestId('sync-row');
    this.previewRows = this.dialog.getByTestId('sync-preview-row');
    this.error = this.dialog.getByTestId('sync-error');
    this.done = this.dialog.getByTestId('sync-done');
  }

  row(id: string): Locator {
    return this.dialog.locator(`[data-testid="sync-row"][data-id="${id}"]`);
  }

  target(id: string): Locator {
    return this.row(id).getByTestId('sync-row-target');
  }

  /** Ticks the row and, if given, types its target (a new or an existing enumeration). */
  async include(id: string, options: { target?: string; replace?: boolean } = {}): Promise<void> {
    const row = this.row(id);
    // Blueprint's box sits on the hidden input: click its label.
    await row.getByTestId('sync-row-include').locator('..').click();
    await expect(row.getByRole('checkbox')).toBeChecked();
    if (options.target !== undefined) await this.target(id).fill(options.target);
    if (options.replace !== undefined)
      await row.getByTestId('sync-row-replace').selectOption(options.replace ? 'yes' : 'no');
  }

  /** Picks an existing enumeration from the row's list. */
  async pickExisting(id: string, enumeration: string): Promise<void> {
    await this.row(id).getByTestId('sync-row-target-pick').click();
    await this.page.getByRole('menuitem').filter({ hasText: enumeration }).click();
    await expect(this.target(id)).toHaveValue(enumeration);
    await expect(this.row(id).getByTestId('sync-row-target-kind')).toHaveText('Existing');
  }

  async next(): Promise<void> {
    await this.dialog.getByTestId('sync-next').click();
    await expect(this.body).toHaveAttribute('data-step', 'preview');
    await scanScreen(this.page, 'sync preview');
  }

  async start(): Promise<void> {
    await this.dialog.getByTestId('sync-start').click();
    await expect(this.body).toHaveAttribute('data-step', 'applied');
  }

  previewRow(id: string): Locator {
    return this.dialog.locator(`[data-testid="sync-preview-row"][data-id="${id}"]`);
  }

  /** The values the preview lists for one row under Added, Kept or Removed. */
  async previewValues(id: string, column: 'added' | 'kept' | 'removed'): Promise<string[]> {
    return this.previewRow(id)
      .getByTestId(`sync-preview-${column}`)
      .getByTestId('sync-value')
      .allInnerTexts();
  }

  async showEnumerations(): Promise<void> {
    await this.dialog.getByTestId('sync-show-enumerations').click();
    await expect(this.dialog).toBeHidden();
  }
}
