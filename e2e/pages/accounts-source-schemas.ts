import { expect, type Locator, type Page } from '@playwright/test';

/** Data schemas, first section: the source schemas the configuration wizards generated. */
export class SourceSchemasSection {
  readonly section: Locator;
  readonly detail: Locator;
  readonly xml: Locator;
  readonly detailTables: Locator;

  constructor(page: Page) {
    this.section = page.getByTestId('source-schemas');
    this.detail = page.getByTestId('source-schema-detail');
    this.xml = this.detail.getByTestId('source-schema-xml');
    this.detailTables = this.detail.getByTestId('source-schema-table');
  }

  row(name: string): Locator {
    return this.section.locator(`[data-testid="source-schema-row"][data-name="${name}"]`);
  }

  status(name: string): Locator {
    return this.row(name).getByTestId('schema-status');
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.detail).toContainText(`(${name})`);
  }
}
