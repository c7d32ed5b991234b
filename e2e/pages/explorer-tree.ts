import { expect, type Locator, type Page } from '@playwright/test';
import type { ExplorerNodeId } from '../../renderer/explorer/explorer-nodes';
import { scanScreen } from '../fixtures/accessibility';

// The renderer's own list of nodes, so that a node added there is known here at once.
export type { ExplorerNodeId };

/** The explorer on the left, driven by mouse or keyboard. */
export class ExplorerTree {
  readonly tree: Locator;
  readonly viewTitle: Locator;

  constructor(private readonly page: Page) {
    this.tree = page.getByTestId('explorer-tree');
    this.viewTitle = page.getByTestId('view-title');
  }

  /** The node's label: what a click opens. */
  node(id: ExplorerNodeId): Locator {
    return this.page.getByTestId(`explorer-node-${id}`);
  }

  /** The node's treeitem, which holds its state (selected, expanded) and its children. */
  item(id: ExplorerNodeId): Locator {
    return this.tree.locator(`[role="treeitem"]#explorer-node-${id}`);
  }

  view(id: ExplorerNodeId): Locator {
    return this.page.getByTestId(`view-${id}`);
  }

  /** Clicks each node of a path in turn, e.g. Platform then Options, and waits for the view. */
  async openPath(...path: ExplorerNodeId[]): Promise<void> {
    for (const id of path) await this.node(id).click();
    const last = path.at(-1);
    if (last) await expect(this.view(last)).toBeVisible();
    await scanScreen(this.page);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.tree.press(key);
  }

  async expectSelected(id: ExplorerNodeId): Promise<void> {
    await expect(this.item(id)).toHaveAttribute('aria-selected', 'true');
  }
}
