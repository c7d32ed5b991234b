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
  /** The rows' scroller: the grid's own Tab stop after its headers. */
  readonly rowsRegion: Locator;

  constructor(page: Page) {
    super(page);
    this.view = page.getByTestId('data-view');
    this.grid = this.view.getByTestId('record-grid');
    this.rowCount = this.view.getByTestId('row-count');
    this.queryError = this.view.getByTestId('query-error');
    this.valueError = this.view.getByTestId('filter-value-error');
    this.tags = this.view.getByTestId('filter-tag');
    this.exportPanel = this.view.getByTestId('export-panel');
    this.rowsRegion = this.grid.getByRole('region', { name: /^Rows of / });
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

  /** The column header as a screen reader has it: its role and sort (`aria-sort`). */
  columnHeader(column: string): Locator {
    return this.grid
      .getByRole('columnheader')
      .filter({ has: this.page.getByTestId(`grid-header-${column}`) });
  }

  /** Chooses Sort ascending / descending in the column header's menu, with the mouse. */
  async sortBy(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    await this.header(column).click();
    const item = direction === 'ascending' ? 'Sort ascending' : 'Sort descending';
    await this.page.getByRole('menuitem', { name: item }).click();
    await expect(this.columnHeader(column)).toHaveAttribute('aria-sort', direction);
    await expect(this.grid).toHaveAttribute('data-state', 'ready');
  }

  /** The header that has the keyboard's focus: its column, or null when the focus is elsewhere. */
  async focusedHeader(): Promise<string | null> {
    return this.page.evaluate(() => {
      const id = document.activeElement?.getAttribute('data-testid') ?? '';
      return id.startsWith('grid-header-') ? id.slice('grid-header-'.length) : null;
    });
  }

  /** Presses Tab from the Columns button until a column header has the focus; how many. */
  async tabToHeaders(): Promise<number> {
    await this.view.getByTestId('column-chooser-button').focus();
    for (let presses = 1; presses <= 20; presses++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focusedHeader()) !== null) return presses;
    }
    throw new Error('Tab did not reach the column headers from the Columns button');
  }

  /**
   * Keyboard only, from the Columns button: Tab to the header row (one stop), the arrow keys to
   * the column, Enter opens its menu, Down to the item, Enter chooses it.
   */
  async sortByKeyboard(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    await this.tabToHeaders();
    const names = await this.grid
      .locator('.bp6-table-quadrant-top [data-testid^="grid-header-"]')
      .evaluateAll((headers) => headers.map((h) => h.getAttribute('data-testid') ?? ''));
    const target = names.indexOf(`grid-header-${column}`);
    const from = names.indexOf(`grid-header-${(await this.focusedHeader()) ?? ''}`);
    await this.page.keyboard.press(target >= from ? 'ArrowRight' : 'ArrowLeft');
    for (let moves = 1; moves < Math.abs(target - from); moves++)
      await this.page.keyboard.press(target >= from ? 'ArrowRight' : 'ArrowLeft');
    await expect.poll(() => this.focusedHeader()).toBe(column);

    await this.page.keyboard.press('Enter');
    const menu = this.page
      .getByRole('menu')
      .filter({ has: this.page.getByRole('menuitem', { name: 'Hide this column' }) });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Sort ascending' })).toBeFocused();
    await scanScreen(this.page, `column menu of ${column}`);
    if (direction === 'descending') await this.page.keyboard.press('ArrowDown');
    await expect(
      menu.getByRole('menuitem', {
        name: direction === 'ascending' ? 'Sort ascending' : 'Sort descending',
      }),
    ).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(this.columnHeader(column)).toHaveAttribute('aria-sort', direction);
    await expect.poll(() => this.focusedHeader()).toBe(column);
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
