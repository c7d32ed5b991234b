import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';
import { DataSchemasView } from './data-schemas-view';
import { DataView } from './data-view';
import { EnumerationsView } from './enumerations-view';
import { ExplorerTree } from './explorer-tree';
import { OptionsView } from './options-view';

/** The logged-on window: navbar, explorer, views, status bar. */
export class MainWindow extends ConsoleWindow {
  readonly explorer: ExplorerTree;
  readonly options: OptionsView;
  readonly enumerations: EnumerationsView;
  readonly recipients: DataView;
  readonly dataSchemas: DataSchemasView;
  readonly statusOperator: Locator;
  readonly statusInstance: Locator;

  constructor(page: Page) {
    super(page);
    this.explorer = new ExplorerTree(page);
    this.options = new OptionsView(page);
    this.enumerations = new EnumerationsView(page);
    this.recipients = new DataView(page);
    this.dataSchemas = new DataSchemasView(page);
    this.statusOperator = page.getByTestId('status-operator');
    this.statusInstance = page.getByTestId('status-instance');
  }

  async expectLoggedOn(operator: string, instance: string): Promise<void> {
    await this.expectState('ready');
    await expect(this.statusOperator).toContainText(`Operator: ${operator}`);
    await expect(this.statusInstance).toContainText(`Instance: ${instance}`);
  }

  async openOptions(): Promise<OptionsView> {
    await this.explorer.openPath('platform', 'options');
    return this.options;
  }

  async openEnumerations(): Promise<EnumerationsView> {
    await this.explorer.openPath('platform', 'enumerations');
    return this.enumerations;
  }

  async openRecipients(): Promise<DataView> {
    await this.explorer.openPath('profiles-and-targets', 'recipients');
    return this.recipients;
  }

  async openDataSchemas(): Promise<DataSchemasView> {
    await this.explorer.openPath('configuration', 'data-schemas');
    return this.dataSchemas;
  }

  async logOff(): Promise<void> {
    await this.page.getByTestId('logoff-button').click();
    await this.expectState('logon');
  }
}
