import { expect, test } from '../fixtures/console-test';
import { setUpAndLogOn } from '../pages/first-steps';

test('the explorer is driven with the keyboard to Options', async ({ consoleApp }) => {
  const { explorer } = await setUpAndLogOn(consoleApp);

  await explorer.tree.focus();
  await explorer.expectSelected('administration');
  await explorer.press('ArrowDown');
  await explorer.expectSelected('platform');
  await expect(explorer.node('options')).toBeHidden();
  await explorer.press('ArrowRight');
  await expect(explorer.node('options')).toBeVisible();
  await explorer.press('ArrowRight');
  await explorer.expectSelected('external-accounts');
  await explorer.press('ArrowDown');
  await explorer.expectSelected('options');
  // Moving the selection does not open the view; Enter does.
  await expect(explorer.viewTitle).toHaveText('Administration');
  await explorer.press('Enter');
  await expect(explorer.view('options')).toBeVisible();
  await expect(explorer.viewTitle).toHaveText('Options');

  await explorer.press('ArrowLeft');
  await explorer.expectSelected('platform');
  await explorer.press('End');
  await explorer.expectSelected('production');
  await explorer.press('Home');
  await explorer.expectSelected('profiles-and-targets');
  await explorer.press('ArrowRight', 'ArrowRight');
  await explorer.expectSelected('recipients');
  await explorer.press('Enter');
  await expect(explorer.view('recipients')).toBeVisible();
  await expect(explorer.viewTitle).toHaveText('Recipients');
});

test('folders list their children and the empty nodes say what they will hold', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const { explorer, page } = main;

  await expect(page.getByTestId('folder-item-platform')).toBeVisible();
  await page.getByTestId('folder-item-platform').click();
  await expect(explorer.view('platform')).toBeVisible();
  await expect(page.getByTestId('folder-item-options')).toBeVisible();

  const empties = [{ path: ['production', 'workflows'], title: 'No workflows yet' }] as const;
  for (const { path, title } of empties) {
    await explorer.openPath(...path);
    await expect(page.getByTestId('empty-state')).toContainText(title);
  }
});
