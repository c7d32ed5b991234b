import { expect, type Locator, type Page } from '@playwright/test';
import { scanScreen } from '../fixtures/accessibility';

export type RunState = 'idle' | 'starting' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** The "Salesforce configuration wizard": three steps, Start, < Previous, Next >, Close. */
export class ConfigurationWizard {
  readonly dialog: Locator;
  readonly footer: Locator;
  readonly tablesFound: Locator;
  readonly tableRows: Locator;
  readonly allTables: Locator;
  readonly search: Locator;
  readonly selectedCount: Locator;
  readonly schemaStep: Locator;
  readonly logLines: Locator;
  readonly elapsed: Locator;
  readonly remaining: Locator;
  readonly outcome: Locator;
  /** The title of the step shown, in the list of steps. */
  readonly currentStepTitle: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.locator('.console-wizard');
    this.footer = this.dialog.locator('.bp6-dialog-footer');
    this.tablesFound = this.dialog.getByTestId('wizard-tables-found');
    this.tableRows = this.dialog.getByTestId('wizard-table-row');
    this.allTables = this.dialog.getByTestId('wizard-all-tables');
    this.search = this.dialog.getByTestId('wizard-search');
    this.selectedCount = this.dialog.getByTestId('wizard-selected-count');
    this.schemaStep = this.dialog.getByTestId('wizard-step-create-schema');
    this.logLines = this.dialog.getByTestId('wizard-log-line');
    this.elapsed = this.dialog.getByTestId('wizard-elapsed');
    this.remaining = this.dialog.getByTestId('wizard-remaining');
    this.outcome = this.dialog.getByTestId('wizard-outcome');
    this.currentStepTitle = this.dialog.locator(
      '[role="tab"][aria-selected="true"] .bp6-dialog-step-title',
    );
  }

  footerButton(name: 'Start' | 'Cancel' | '< Previous' | 'Next >' | 'Close'): Locator {
    return this.footer.getByRole('button', { name, exact: true });
  }

  /** Step 1: Start recovers the tables of the CRM. */
  async recoverTables(): Promise<void> {
    await expect(this.dialog.getByText("Click 'Start' to recover the tables")).toBeVisible();
    await this.dialog.getByTestId('wizard-list-start').click();
    await expect(this.tablesFound).toBeVisible({ timeout: 30_000 });
    await scanScreen(this.page, 'wizard tables recovered');
  }

  async next(): Promise<void> {
    await this.footerButton('Next >').click();
    await scanScreen(this.page, `wizard step ${await this.currentStep()}`);
  }

  /** The step shown: its panel's test id. */
  private async currentStep(): Promise<string> {
    const panel = this.dialog.locator('[data-testid^="wizard-step-"]');
    await expect(panel).toHaveCount(1);
    return (await panel.getAttribute('data-testid')) ?? '';
  }

  async previous(): Promise<void> {
    await this.footerButton('< Previous').click();
  }

  tableRow(name: string): Locator {
    return this.dialog.locator(`[data-testid="wizard-table-row"][data-name="${name}"]`);
  }

  /** Step 2: ticks each table (finding it with the search box), then clears the search. */
  async select(...tables: string[]): Promise<void> {
    for (const table of tables) {
      await this.search.fill(table);
      const row = this.tableRow(table);
      if ((await row.getAttribute('data-selected')) !== 'true')
        // Blueprint's box sits on the hidden input: click its label.
        await row.getByTestId('wizard-table-selected').locator('..').click();
      await expect(row).toHaveAttribute('data-selected', 'true');
    }
    await this.search.fill('');
  }

  async selectedTables(): Promise<string[]> {
    return this.dialog
      .locator('[data-testid="wizard-table-row"][data-selected="true"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  /** Step 3: Start, then waits for the job's end. */
  async createSchema(expected: RunState = 'succeeded'): Promise<void> {
    await expect(this.schemaStep).toHaveAttribute('data-run-state', 'idle');
    await this.footerButton('Start').click();
    await expect(this.schemaStep).toHaveAttribute('data-run-state', expected, { timeout: 45_000 });
  }

  async logTexts(): Promise<{ level: string; text: string }[]> {
    return this.logLines.evaluateAll((lines) =>
      lines.map((line) => ({
        level: line.getAttribute('data-level') ?? '',
        text: line.lastElementChild?.textContent ?? '',
      })),
    );
  }

  async close(): Promise<void> {
    await this.footerButton('Close').click();
    await expect(this.dialog).toBeHidden();
  }
}
