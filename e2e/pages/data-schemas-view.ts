import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';
import { DataView } from './data-view';

/** Administration > Configuration > Data schemas: the tables, and the one opened below. */
export class DataSchemasView extends ConsoleWindow {
  readonly rows: Locator;
  readonly detail: Locator;
  readonly structureRows: Locator;
  readonly data: DataView;

  constructor(page: Page) {
    super(page);
    this.rows = page.getByTestId('schema-row');
    this.detail = page.getByTestId('schema-detail');
    this.structureRows = this.detail.getByTestId('structure-row');
    this.data = new DataView(page);
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="schema-row"][data-name="${name}"]`);
  }

  structureRow(column: string): Locator {
    return this.detail.locator(`[data-testid="structure-row"][data-name="${column}"]`);
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.detail).toContainText(`(${name})`);
  }

  async showTab(tab: 'Structure' | 'Data'): Promise<void> {
    await this.detail.getByRole('tab', { name: tab }).click();
    await expect(this.detail.getByRole('tab', { name: tab })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  /** The cells of a Structure line: Label, Internal name, Type, Length, Enumeration. */
  async structureOf(column: string): Promise<string[]> {
    const cells = await this.structureRow(column).locator('td').allInnerTexts();
    return cells.slice(1).map((c) => c.trim());
  }
}
