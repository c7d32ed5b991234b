import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { scanScreen } from '../fixtures/accessibility';
import { ConsoleWindow } from './console-window';

export interface FilterCondition {
  /** Labels as the bar shows them: 'Email', 'contains'. */
  column: string;
  operator: string;
  /** Typed in the value box; for a select (enumeration, boolean), the option's label. */
  value?: string;
  select?: boolean;
}

/**
 * The Data view of a table (Profiles and Targets > Recipients, a data schema's Data tab): the
 * filter bar, the column chooser, the export and the virtualized grid.
 *
 * Blueprint's Table draws its header twice (a sticky copy over the scrolling one), so headers
 * are read in the top quadrant and cells in the main one.
 */
export class DataView extends ConsoleWindow {
  readonly view: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly queryError: Locator;
  readonly valueError: Locator;
  readonly tags: Locator;
  readonly exportPanel: Locator;

  constructor(page: Page) {
    super(page);
    this.view = page.getByTestId('data-view');
    this.grid = this.view.getByTestId('record-grid');
    this.rowCount = this.view.getByTestId('row-count');
    this.queryError = this.view.getByTestId('query-error');
    this.valueError = this.view.getByTestId('filter-value-error');
    this.tags = this.view.getByTestId('filter-tag');
    this.exportPanel = this.view.getByTestId('export-panel');
  }

  /** Waits until the count and every row on screen have arrived. */
  async expectRowsShown(count: string): Promise<void> {
    await expect(this.rowCount).toHaveText(count);
    await expect(this.grid).toHaveAttribute('data-state', 'ready');
  }

  header(column: string): Locator {
    return this.grid.locator('.bp6-table-quadrant-top').getByTestId(`grid-header-${column}`);
  }

  cells(column: string): Locator {
    return this.grid.locator(
      `.bp6-table-quadrant-main [data-testid="grid-cell"][data-column="${column}"]`,
    );
  }

  /**
   * Scrolls the grid sideways until a column is drawn: the grid draws only the columns in
   * view, and a wide table's last ones start out of it.
   */
  async revealColumn(column: string): Promise<void> {
    const header = this.header(column);
    await expect(async () => {
      await this.grid
        .locator('.bp6-table-quadrant-main .bp6-table-quadrant-scroll-container')
        .evaluate((scroller, name) => {
          if (!scroller.querySelector(`[data-testid="grid-header-${name}"]`))
            scroller.scrollLeft += scroller.clientWidth;
        }, column);
      await expect(header).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(this.grid).toHaveAttribute('data-state', 'ready');
  }

  /** The values of a column in the first rows drawn, top to bottom. */
  async columnValues(column: string, rows: number): Promise<string[]> {
    await expect(this.grid).toHaveAttribute('data-state', 'ready');
    const cells = await this.cells(column).evaluateAll((elements) =>
      elements.map((e) => ({ row: Number(e.getAttribute('data-row')), text: e.textContent ?? '' })),
    );
    return cells
      .sort((a, b) => a.row - b.row)
      .slice(0, rows)
      .map((c) => c.text);
  }

  /** Chooses Sort ascending / descending in the column header's menu. */
  async sortBy(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    const headerCell = this.grid
      .locator('.bp6-table-quadrant-top .bp6-table-header')
      .filter({ has: this.page.getByTestId(`grid-header-${column}`) });
    await headerCell.hover();
    await headerCell.locator('.bp6-table-th-menu').click();
    const item = direction === 'ascending' ? 'Sort ascending' : 'Sort descending';
    await this.page.getByRole('menuitem', { name: item }).click();
    await expect(this.header(column)).toHaveAttribute('data-sort', direction);
    await expect(this.grid).toHaveAttribute('data-state', 'ready');
  }

  /** Fills the bar's column, operator and value, without adding or applying. */
  async typeCondition(condition: FilterCondition): Promise<void> {
    await this.view.getByTestId('filter-column').selectOption({ label: condition.column });
    await this.view.getByTestId('filter-operator').selectOption({ label: condition.operator });
    if (condition.value === undefined) return;
    const value = this.view.getByTestId('filter-value');
    if (condition.select) await value.selectOption({ label: condition.value });
    else await value.fill(condition.value);
  }

  async addCondition(condition: FilterCondition): Promise<void> {
    const before = await this.tags.count();
    await this.typeCondition(condition);
    await this.view.getByTestId('filter-add').click();
    await expect(this.tags).toHaveCount(before + 1);
  }

  async apply(): Promise<void> {
    await this.view.getByTestId('filter-apply').click();
  }

  async clear(): Promise<void> {
    await this.view.getByTestId('filter-clear').click();
  }

  async setColumnShown(column: string, shown: boolean): Promise<void> {
    await this.view.getByTestId('column-chooser-button').click();
    const toggle = this.page.getByTestId(`column-toggle-${column}`);
    const box = this.page
      .getByTestId('column-chooser')
      .locator('label', { has: toggle })
      .getByRole('checkbox');
    if ((await box.isChecked()) !== shown) await toggle.click();
    await (shown ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('column-chooser')).toBeHidden();
  }

  /**
   * Exports the grid's selection and returns the file's text: downloaded where the host serves
   * it (browser host), read from the path the window shows where it does not (Electron).
   */
  async exportCsv(): Promise<string> {
    await this.view.getByTestId('export-button').click();
    await expect(this.exportPanel).toHaveAttribute('data-status', 'succeeded');
    await expect(this.toast(/^Export of .* finished: /)).toBeVisible();
    const link = this.exportPanel.getByTestId('export-download');
    if ((await link.count()) > 0) {
      const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
      return readFile(await download.path(), 'utf8');
    }
    const saved = await this.exportPanel.getByTestId('export-saved-path').innerText();
    return readFile(saved.replace(/^Saved to /, ''), 'utf8');
  }

  /**
   * New: fills the form's fields (by column name: text typed, `select:` an option's label, a
   * boolean ticks the box) and creates the record.
   */
  async createRecord(fields: Record<string, string | boolean | { select: string }>): Promise<void> {
    await this.view.getByTestId('record-new').click();
    await this.fillRecord(fields);
    await this.page.getByRole('button', { name: 'Create' }).click();
    await expect(this.page.getByTestId('record-form')).toBeHidden();
  }

  /** Selects the grid's row at `row` (from 0) with a click on one of its cells. */
  async selectRow(row: number, column = 'id'): Promise<void> {
    await this.grid
      .locator(
        `.bp6-table-quadrant-main [data-testid="grid-cell"][data-column="${column}"][data-row="${row}"]`,
      )
      .click();
  }

  /** Edit of the selected row: changes the fields given and saves. */
  async editSelected(fields: Record<string, string | boolean | { select: string }>): Promise<void> {
    await this.view.getByTestId('record-edit').click();
    await this.fillRecord(fields);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByTestId('record-form')).toBeHidden();
  }

  /** Delete of the selected rows, confirmed. */
  async deleteSelected(confirmation: string): Promise<void> {
    await this.view.getByTestId('record-delete').click();
    await expect(this.page.getByTestId('confirm-delete-message')).toHaveText(confirmation);
    await scanScreen(this.page, 'delete confirmation');
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  }

  /**
   * Import: sends the file, maps the file's columns (by position, to column labels), then
   * starts and waits for the end; returns the result line.
   */
  async importFile(
    file: { name: string; text: string },
    mapping: readonly string[],
  ): Promise<string> {
    await this.view.getByTestId('import-button').click();
    const dialog = this.page.getByTestId('import-dialog');
    await dialog.getByTestId('import-file-input').setInputFiles({
      name: file.name,
      mimeType: 'text/csv',
      buffer: Buffer.from(file.text, 'utf8'),
    });
    for (const [i, label] of mapping.entries())
      await dialog.getByTestId(`import-map-${i}`).selectOption({ label });
    await scanScreen(this.page, 'import mapping');
    await this.page.getByTestId('import-start').click();
    const progress = dialog.getByTestId('import-progress');
    await expect(progress).toHaveAttribute('data-status', 'succeeded');
    const message = await progress.getByTestId('import-message').innerText();
    await scanScreen(this.page, 'import result');
    await this.page.getByRole('button', { name: 'Close' }).last().click();
    await expect(dialog).toBeHidden();
    return message;
  }

  private async fillRecord(
    fields: Record<string, string | boolean | { select: string }>,
  ): Promise<void> {
    const form = this.page.getByTestId('record-form');
    await expect(form).toBeVisible();
    await scanScreen(this.page, 'record form');
    for (const [column, value] of Object.entries(fields)) {
      const field = form.getByTestId(`record-field-${column}`);
      if (typeof value === 'boolean') await field.setChecked(value);
      else if (typeof value === 'object') await field.selectOption({ label: value.select });
      else await field.fill(value);
    }
  }
}
