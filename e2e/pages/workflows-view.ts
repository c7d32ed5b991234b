import { expect, type Locator, type Page } from '@playwright/test';
import { scanScreen } from '../fixtures/accessibility';
import { ConsoleWindow } from './console-window';
import { ExplorerTree } from './explorer-tree';
import { WorkflowEditor } from './workflow-editor';

/** Production > Workflows: the list (New, Open, Delete) and the "New workflow" dialog. */
export class WorkflowsView extends ConsoleWindow {
  readonly view: Locator;
  readonly list: Locator;
  readonly newDialog: Locator;
  readonly editor: WorkflowEditor;

  constructor(page: Page) {
    super(page);
    this.view = page.getByTestId('view-workflows');
    this.list = page.getByTestId('workflow-list');
    this.newDialog = page.getByRole('dialog', { name: 'New workflow' });
    this.editor = new WorkflowEditor(page);
  }

  async show(): Promise<this> {
    await new ExplorerTree(this.page).openPath('production', 'workflows');
    return this;
  }

  row(name: string): Locator {
    return this.page.getByTestId(`workflow-row-${name}`);
  }

  /** New, a label and an internal name, Create: the editor opens on its Start activity. */
  async create(label: string, name: string): Promise<WorkflowEditor> {
    await this.view.getByRole('button', { name: 'New', exact: true }).click();
    await this.newDialog.getByTestId('new-workflow-label').fill(label);
    await this.newDialog.getByTestId('new-workflow-name').fill(name);
    await scanScreen(this.page, 'new workflow');
    await this.newDialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.newDialog).toBeHidden();
    await expect(this.editor.view).toHaveAttribute('data-workflow', name);
    return this.editor;
  }
}
