import { expect, type Locator, type Page } from '@playwright/test';
import type { ActivityOutput } from '../../shared/domain/workflows/activity-catalogue';
import type { CrmOperation } from '../../shared/domain/workflows/crm-connector-settings';
import workflowWords from '../../shared/i18n/locales/en/workflows.json' with { type: 'json' };
import type { UpdateOperation } from '../../shared/domain/workflows/update-data-settings';

export interface ColumnMapping {
  source: string;
  destination: string;
}

/** A condition of the Query activity's filter, as the editor's lists label them. */
export interface QueryCondition {
  column: string;
  operator: string;
  value?: string;
}

/**
 * The property panel of the selected activity: its tabs and fields, reached by their labels as
 * a screen reader would, and the "<output> leads to" lists under them.
 */
export class ActivityPanel {
  readonly region: Locator;
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Activity properties' });
    this.heading = this.region.locator('h5').first();
  }

  async expectActivity(id: string): Promise<void> {
    await expect(this.heading).toContainText(`(${id})`);
  }

  field(label: string): Locator {
    return this.region.getByLabel(label, { exact: true });
  }

  async tab(title: 'CRM Connector' | 'Behavior' | 'General' | 'Advanced'): Promise<void> {
    const tab = this.region.getByRole('tab', { name: title });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Ticks or unticks a Blueprint checkbox (its box sits on the hidden input: click the label). */
  async setChecked(label: string, checked: boolean): Promise<void> {
    const box = this.field(label);
    if ((await box.isChecked()) !== checked) await box.locator('..').click();
    await (checked ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
  }

  transitionTarget(output: ActivityOutput): Locator {
    return this.field(`${workflowWords.output[output]} transition leads to`);
  }

  /** CRM connector tab: account, type and remote object, in that order (an account resets it). */
  async crmTarget(account: string, operation: CrmOperation, remoteObject: string): Promise<void> {
    await this.tab('CRM Connector');
    await this.field('External account').selectOption({ label: account });
    await this.field('Type').selectOption({ label: workflowWords.crmOperation[operation] });
    // The remote objects arrive from the service once the account is chosen.
    await this.field('Remote object').selectOption(remoteObject);
    await expect(this.field('Remote object')).toHaveValue(remoteObject);
  }

  /** Import: one line of the Remote fields grid per field, with the default conversion. */
  async importFields(fields: readonly string[]): Promise<void> {
    const grid = this.region.getByRole('table', { name: 'Remote fields' });
    for (const [i, name] of fields.entries()) {
      await this.region.getByRole('button', { name: 'Add a remote field' }).click();
      await grid.getByLabel(`Remote field of line ${i + 1}`).selectOption(name);
    }
    await expect(grid.locator('tbody tr')).toHaveCount(fields.length);
  }

  /** Export: the Mapping grid, a column of the input to a remote field per line. */
  async exportMapping(mapping: readonly ColumnMapping[]): Promise<void> {
    const grid = this.region.getByRole('table', { name: 'Mapping' });
    for (const [i, { source, destination }] of mapping.entries()) {
      await this.region.getByRole('button', { name: 'Add a mapping line' }).click();
      await grid.getByLabel(`Adobe Campaign column of line ${i + 1}`).fill(source);
      await grid.getByLabel(`Remote CRM field of line ${i + 1}`).selectOption(destination);
    }
    await expect(grid.locator('tbody tr')).toHaveCount(mapping.length);
  }

  async deduplication(keys: readonly string[], modifiedColumn: string): Promise<void> {
    await this.field('Duplicate keys').fill(keys.join(', '));
    await this.field('Keep the most recently modified by').fill(modifiedColumn);
  }

  /** Wait: its delay, in seconds. */
  async wait(seconds: number): Promise<void> {
    const delay = this.field('Delay (seconds)');
    await delay.fill(String(seconds));
    await expect(delay).toHaveValue(String(seconds));
  }

  /** Update data: table, operation, reconciliation columns and the mapping grid. */
  async updateData(settings: {
    table: string;
    operation: UpdateOperation;
    reconciliation: readonly string[];
    mapping: readonly ColumnMapping[];
  }): Promise<void> {
    await this.field('Table').selectOption(settings.table);
    await this.field('Operation').selectOption({
      label: workflowWords.updateOperation[settings.operation],
    });
    await this.field('Reconciliation columns').fill(settings.reconciliation.join(', '));
    const grid = this.region.getByRole('table', { name: 'Mapping' });
    for (const [i, { source, destination }] of settings.mapping.entries()) {
      await this.region.getByRole('button', { name: 'Add a mapping line' }).click();
      await grid.getByLabel(`Source column of line ${i + 1}`).fill(source);
      await grid.getByLabel(`Destination column of line ${i + 1}`).selectOption(destination);
    }
    await expect(grid.locator('tbody tr')).toHaveCount(settings.mapping.length);
  }

  /** Query: the table, then each condition added with the filter editor. */
  async query(table: string, conditions: readonly QueryCondition[]): Promise<void> {
    await this.field('Table').selectOption(table);
    const filter = this.region.getByRole('group', { name: 'Filter' });
    for (const [i, condition] of conditions.entries()) {
      await filter.getByLabel('Column', { exact: true }).selectOption({ label: condition.column });
      await filter
        .getByLabel('Operator', { exact: true })
        .selectOption({ label: condition.operator });
      if (condition.value !== undefined) await filter.getByRole('textbox').fill(condition.value);
      await filter.getByRole('button', { name: 'Add the condition' }).click();
      await expect(filter.locator('.bp6-tag')).toHaveCount(i + 1);
    }
  }
}
