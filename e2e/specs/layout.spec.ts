import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/console-test';
import { ExternalAccountsView } from '../pages/accounts-view';
import { setUpAndLogOn } from '../pages/first-steps';
import type { MainWindow } from '../pages/main-window';
import { WorkflowsView } from '../pages/workflows-view';

test.use({ viewport: { width: 1024, height: 700 } });

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not laid out.`);
  return box;
}

/** Whether `inner` lies within `outer`, give or take a pixel of rounding. */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

const windowBox = (page: Page): Box => {
  const size = page.viewportSize();
  if (!size) throw new Error('The page has no viewport.');
  return { x: 0, y: 0, ...size };
};

test('at 1024×700 the workflow editor keeps its toolbar on one line, its panels and the whole diagram in view', async ({
  consoleApp,
}) => {
  const { page } = await setUpAndLogOn(consoleApp);
  const workflows = await new WorkflowsView(page).show();
  const editor = await workflows.create('Import contacts', 'importContacts');
  await editor.add('query', 'query');
  await editor.add('deduplication', 'deduplication');
  await editor.add('updateData', 'updateData');
  await editor.add('end', 'end');
  await editor.lead('start', 'ok', 'query', 'Query');
  await editor.lead('query', 'ok', 'deduplication', 'Deduplication');
  await editor.lead('deduplication', 'ok', 'updateData', 'Update data');
  await editor.lead('updateData', 'ok', 'end', 'End');
  await editor.save();

  await test.step('the toolbar is one line of buttons', async () => {
    const toolbar = await boxOf(editor.toolbar);
    const start = await boxOf(editor.toolbar.getByRole('button', { name: 'Start' }));
    expect(toolbar.height).toBeLessThan(2 * start.height);
    expect(inside(toolbar, windowBox(page))).toBe(true);
  });

  await test.step('the property panel and the run log are whole on screen', async () => {
    const properties = await boxOf(page.getByRole('complementary', { name: 'Properties' }));
    const log = await boxOf(page.getByRole('region', { name: 'Run log panel' }));
    expect(inside(properties, windowBox(page))).toBe(true);
    expect(properties.width).toBeGreaterThanOrEqual(230);
    expect(inside(log, windowBox(page))).toBe(true);
    expect(log.height).toBeGreaterThanOrEqual(60);
  });

  await test.step('fit view keeps every node and every transition inside the diagram', async () => {
    await editor.fitView();
    const canvas = await boxOf(editor.canvas);
    const shapes = editor.canvas.locator('.react-flow__node, .react-flow__edge-path');
    expect(await shapes.count()).toBe(9);
    for (const shape of await shapes.all()) expect(inside(await boxOf(shape), canvas)).toBe(true);
  });
});

test('the explorer, the property panel and the run log resize and fold away, and keep their sizes', async ({
  consoleApp,
}) => {
  const { page, explorer } = await setUpAndLogOn(consoleApp);
  const explorerPanel = page.getByRole('complementary', { name: 'Explorer' });
  const separator = page.getByRole('separator', { name: 'Explorer width' });

  await test.step('dragging the separator widens the explorer; a reload keeps the width', async () => {
    const before = await boxOf(explorerPanel);
    const handle = await boxOf(separator);
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 100, handle.y + handle.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await boxOf(explorerPanel)).width)
      .toBeGreaterThan(before.width + 80);
    const widened = (await boxOf(explorerPanel)).width;
    await page.reload();
    await expect(explorer.tree).toBeVisible();
    await expect
      .poll(async () => Math.round((await boxOf(explorerPanel)).width))
      .toBe(Math.round(widened));
  });

  await test.step('the navbar button folds the explorer away and brings it back', async () => {
    const toggle = page.getByTestId('explorer-toggle');
    await toggle.click();
    await expect(explorer.tree).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(explorer.tree).toBeVisible();
  });

  await test.step('the editor folds its property panel and run log away, and they stay so', async () => {
    const workflows = await new WorkflowsView(page).show();
    const editor = await workflows.create('Fold', 'fold');
    const properties = page.getByRole('complementary', { name: 'Properties' });
    const log = page.getByRole('region', { name: 'Run log panel' });
    await editor.toolbar.getByRole('button', { name: 'Hide the property panel' }).click();
    await editor.toolbar.getByRole('button', { name: 'Hide the run log' }).click();
    await expect(properties).toBeHidden();
    await expect(log).toBeHidden();
    await page.reload();
    await expect(editor.view).toBeVisible();
    await expect(properties).toBeHidden();
    await editor.toolbar.getByRole('button', { name: 'Show the property panel' }).click();
    await expect(properties).toBeVisible();
  });
});

test('the wizard’s table list takes the height the dialog has', async ({ consoleApp }) => {
  // The Demo CRM's first start and the listing of its tables take a few seconds.
  test.slow();
  const { page } = await setUpAndLogOn(consoleApp);
  const accounts = await new ExternalAccountsView(page).show();
  await accounts.open('demoSalesforce');
  const wizard = await accounts.openWizard();
  await wizard.recoverTables();
  await wizard.next();
  const grid = wizard.dialog.locator('.console-wizard-grid');
  const dialog = await boxOf(wizard.dialog);
  const list = await boxOf(grid);
  const footer = await boxOf(wizard.footer);
  expect(inside(dialog, windowBox(page))).toBe(true);
  // No more than the selection count's line between the list and the footer.
  expect(footer.y - (list.y + list.height)).toBeLessThan(70);
  expect(list.height).toBeGreaterThan(300);
});

/**
 * Numbers what the keyboard must reach in the view, in the document's order, and presses Tab
 * from the explorer tree once more than that: what had the focus after each press.
 */
async function tabFromTheTree(main: MainWindow): Promise<{ count: number; reached: string[] }> {
  const { page, explorer } = main;
  const count = await page.locator('main').evaluate((view) => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
    const reachable = Array.from(view.querySelectorAll<HTMLElement>(selector)).filter(
      // In the Tab order: a button taken out of it (tabindex -1, as a row of headers does
      // with all but one) is reached by other keys.
      (el) =>
        el.getClientRects().length > 0 &&
        el.tabIndex >= 0 &&
        el.getAttribute('aria-disabled') !== 'true',
    );
    reachable.forEach((el, i) => el.setAttribute('data-tab-order', String(i)));
    return reachable.length;
  });
  await explorer.tree.focus();
  const reached: string[] = [];
  for (let i = 0; i < count + 2; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        return el.getAttribute('data-tab-order') ?? el.getAttribute('aria-label') ?? el.tagName;
      }),
    );
  }
  return { count, reached };
}

/** The explorer's separator first (it resizes the explorer), then the view, control by control. */
const inDocumentOrder = (count: number) => [
  'Explorer width',
  ...Array.from({ length: count }, (_, i) => String(i)),
];

test('Tab goes from the tree through every control of the workflow editor, in order', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const workflows = await new WorkflowsView(main.page).show();
  const editor = await workflows.create('Keyboard', 'keyboard');
  await editor.add('query', 'query');

  const { count, reached } = await tabFromTheTree(main);
  expect(count).toBeGreaterThan(20);
  expect(reached.slice(0, count + 1)).toEqual(inDocumentOrder(count));
});

test.describe('the data explorer', () => {
  test.use({ seedRecipients: 300 });

  test('Tab goes from the tree through the filter bar, the actions and the grid, whose rows the keys scroll', async ({
    consoleApp,
  }) => {
    const main = await setUpAndLogOn(consoleApp);
    const recipients = await main.openRecipients();
    await recipients.expectRowsShown('300 rows');
    const rows = main.page.getByRole('region', { name: 'Rows of Recipients' });

    const { count, reached } = await tabFromTheTree(main);
    expect(count).toBeGreaterThan(10);
    expect(reached.slice(0, count + 1)).toEqual(inDocumentOrder(count));
    // The grid is two stops, among the others in order: its scroller, named, then its row of
    // headers (one stop, the first header).
    await expect(rows).toHaveAttribute('data-tab-order', /\d+/);
    await expect(recipients.header('id')).toHaveAttribute('data-tab-order', /\d+/);
    await expect(
      recipients.grid.locator('[data-testid^="grid-header-"][data-tab-order]'),
    ).toHaveCount(1);

    await rows.focus();
    await main.page.keyboard.press('PageDown');
    await expect.poll(() => rows.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await main.page.keyboard.press('End');
    await expect(recipients.cells('id').filter({ hasText: /^300$/ })).toBeVisible();
  });
});
