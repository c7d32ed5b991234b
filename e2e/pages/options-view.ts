import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';

export type OptionTypeLabel = 'Text' | 'Integer' | 'Decimal' | 'Date/time';

export interface OptionFields {
  name?: string;
  label?: string;
  type?: OptionTypeLabel;
  value?: string;
}

/** Administration > Platform > Options: the list and the option form under it. */
export class OptionsView extends ConsoleWindow {
  readonly rows: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly label: Locator;
  readonly type: Locator;
  readonly value: Locator;
  readonly nameError: Locator;
  readonly valueError: Locator;
  /** The callout of a refused save. */
  readonly formError: Locator;

  constructor(page: Page) {
    super(page);
    this.rows = page.getByTestId('option-row');
    this.form = page.getByTestId('option-form');
    this.name = this.form.getByTestId('option-name');
    this.label = this.form.getByTestId('option-label');
    this.type = this.form.getByTestId('option-type');
    this.value = this.form.getByTestId('option-value');
    this.nameError = this.form.getByTestId('option-name-error');
    this.valueError = this.form.getByTestId('option-value-error');
    this.formError = this.form.getByTestId('option-form-error');
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="option-row"][data-name="${name}"]`);
  }

  async startNew(): Promise<void> {
    await this.page.getByTestId('options-new').click();
    await expect(this.form).toContainText('New option');
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.name).toHaveValue(name);
  }

  async fill(fields: OptionFields): Promise<void> {
    if (fields.name !== undefined) await this.name.fill(fields.name);
    if (fields.label !== undefined) await this.label.fill(fields.label);
    if (fields.type !== undefined) await this.type.selectOption({ label: fields.type });
    if (fields.value !== undefined) await this.value.fill(fields.value);
  }

  async save(): Promise<void> {
    await this.form.getByTestId('option-save').click();
  }

  /** Saves and waits until the form shows the saved option (its revision moves) and the toast. */
  async saveAndConfirm(name: string): Promise<void> {
    const before = await this.form.getAttribute('data-revision');
    await this.save();
    await expect(this.form).not.toHaveAttribute('data-revision', before ?? '');
    await expect(this.name).toHaveValue(name);
    await expect(this.toast(`Option '${name}' saved.`)).toBeVisible();
  }

  async create(fields: Required<Pick<OptionFields, 'name'>> & OptionFields): Promise<void> {
    await this.startNew();
    await this.fill(fields);
    await this.saveAndConfirm(fields.name);
  }

  async cancel(): Promise<void> {
    await this.form.getByTestId('option-cancel').click();
    await expect(this.form).toBeHidden();
  }

  /** Checks the list row: its cells are Internal name, Label, Type, Value. */
  async expectRow(name: string, expected: Omit<OptionFields, 'name'>): Promise<void> {
    const cells = this.row(name).locator('td');
    await expect(cells.nth(0)).toHaveText(name);
    if (expected.label !== undefined) await expect(cells.nth(1)).toHaveText(expected.label);
    if (expected.type !== undefined) await expect(cells.nth(2)).toHaveText(expected.type);
    if (expected.value !== undefined) await expect(cells.nth(3)).toHaveText(expected.value);
  }

  /** Deletes with the row's Delete button and the confirmation. */
  async deleteRow(name: string): Promise<void> {
    await this.row(name).getByTestId('option-row-delete').click();
    await expect(this.page.getByTestId('confirm-delete-message')).toContainText(name);
    await this.confirmDeletion();
    await expect(this.toast(`Option '${name}' deleted.`)).toBeVisible();
    await expect(this.row(name)).toHaveCount(0);
  }
}
