import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';

export interface ValueRow {
  value: string;
  label: string;
  enabled: boolean;
}

/** Administration > Platform > Enumerations: the list and the editor with its values grid. */
export class EnumerationsView extends ConsoleWindow {
  readonly editor: Locator;
  readonly name: Locator;
  readonly label: Locator;
  readonly valueRows: Locator;
  readonly formError: Locator;

  constructor(page: Page) {
    super(page);
    this.editor = page.getByTestId('enumeration-editor');
    this.name = this.editor.getByTestId('enumeration-name');
    this.label = this.editor.getByTestId('enumeration-label');
    this.valueRows = this.editor.getByTestId('enum-value-row');
    this.formError = this.editor.getByTestId('enumeration-form-error');
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="enumeration-row"][data-name="${name}"]`);
  }

  async startNew(): Promise<void> {
    await this.page.getByTestId('enumerations-new').click();
    await expect(this.editor).toContainText('New enumeration');
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.name).toHaveValue(name);
  }

  async addValue(value: string, label: string): Promise<void> {
    const count = await this.valueRows.count();
    await this.editor.getByTestId('enum-values-add').click();
    await expect(this.valueRows).toHaveCount(count + 1);
    await this.setValue(count, value);
    await this.valueRows.nth(count).getByTestId('enum-value-label').fill(label);
  }

  async setValue(index: number, value: string): Promise<void> {
    await this.valueRows.nth(index).getByTestId('enum-value-value').fill(value);
  }

  valueError(index: number): Locator {
    return this.valueRows.nth(index).getByTestId('enum-value-value-error');
  }

  async moveUp(index: number): Promise<void> {
    await this.valueRows.nth(index).getByTestId('enum-value-up').click();
  }

  async moveDown(index: number): Promise<void> {
    await this.valueRows.nth(index).getByTestId('enum-value-down').click();
  }

  async removeValue(index: number): Promise<void> {
    await this.valueRows.nth(index).getByTestId('enum-value-remove').click();
  }

  async setEnabled(index: number, enabled: boolean): Promise<void> {
    const row = this.valueRows.nth(index);
    const box = row.getByRole('checkbox');
    if ((await box.isChecked()) !== enabled) await row.getByTestId('enum-value-enabled').click();
    await (enabled ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
  }

  /** The grid as it stands, top to bottom. */
  async readValues(): Promise<ValueRow[]> {
    const out: ValueRow[] = [];
    for (const row of await this.valueRows.all())
      out.push({
        value: await row.getByTestId('enum-value-value').inputValue(),
        label: await row.getByTestId('enum-value-label').inputValue(),
        enabled: await row.getByRole('checkbox').isChecked(),
      });
    return out;
  }

  async save(): Promise<void> {
    await this.editor.getByTestId('enumeration-save').click();
  }

  /** Saves and waits until the editor shows the saved record (its revision moves) and the toast. */
  async saveAndConfirm(name: string): Promise<void> {
    const before = await this.editor.getAttribute('data-revision');
    await this.save();
    await expect(this.editor).not.toHaveAttribute('data-revision', before ?? '');
    await expect(this.name).toHaveValue(name);
    await expect(this.toast(`Enumeration '${name}' saved.`)).toBeVisible();
  }

  async cancel(): Promise<void> {
    await this.editor.getByTestId('enumeration-cancel').click();
    await expect(this.editor).toBeHidden();
  }

  valueCount(name: string): Locator {
    return this.row(name).getByTestId('enumeration-row-count');
  }

  async deleteFromEditor(name: string): Promise<void> {
    await this.editor.getByTestId('enumeration-delete').click();
    await expect(this.page.getByTestId('confirm-delete-message')).toContainText(name);
    await this.confirmDeletion();
    await expect(this.toast(`Enumeration '${name}' deleted.`)).toBeVisible();
    await expect(this.row(name)).toHaveCount(0);
  }
}
