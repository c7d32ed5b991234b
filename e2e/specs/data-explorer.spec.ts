import { recipientsTable } from '../../shared/domain/recipients';
import { expect, test } from '../fixtures/console-test';
import { parseCsv } from '../fixtures/csv';
import { setUpAndLogOn } from '../pages/first-steps';

test.use({ seedRecipients: 10_000 });

const inOrder = (values: readonly string[], descending: boolean) =>
  values.every((v, i) => {
    const previous = values[i - 1];
    return previous === undefined || (descending ? previous >= v : previous <= v);
  });

test('browse Recipients: count, sort, filter, hide a column, export the selection', async ({
  consoleApp,
}) => {
  // Ten thousand rows sorted five times, filtered and exported: past a minute on two loaded cores.
  test.slow();
  const main = await setUpAndLogOn(consoleApp);
  const { page } = main;
  const recipients = await main.openRecipients();
  let filteredCount = 0;

  await test.step('the grid shows the first rows and the count of the whole table', async () => {
    await recipients.expectRowsShown('10,000 rows');
    expect(await recipients.columnValues('id', 3)).toEqual(['1', '2', '3']);
  });

  await test.step('sort by Last name, ascending then descending', async () => {
    await recipients.sortBy('lastName', 'ascending');
    const ascending = await recipients.columnValues('lastName', 15);
    expect(ascending).toHaveLength(15);
    expect(inOrder(ascending, false), ascending.join(', ')).toBe(true);
    await recipients.sortBy('lastName', 'descending');
    const descending = await recipients.columnValues('lastName', 15);
    expect(inOrder(descending, true), descending.join(', ')).toBe(true);
    expect((descending[0] as string) > (ascending[0] as string)).toBe(true);
  });

  await test.step('sort by First name with the keyboard only; the headers are one Tab stop', async () => {
    await recipients.sortByKeyboard('firstName', 'descending');
    const first = await recipients.columnValues('firstName', 15);
    expect(inOrder(first, true), first.join(', ')).toBe(true);
    await expect(recipients.columnHeader('lastName')).toHaveAttribute('aria-sort', 'none');
    // Back to the row from the toolbar: the header last used has the stop, right after the
    // rows' scroller (Blueprint draws the headers after the rows); one Tab more leaves the grid.
    await recipients.tabToHeaders();
    expect(await recipients.focusedHeader()).toBe('firstName');
    await page.keyboard.press('Shift+Tab');
    await expect(recipients.rowsRegion).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await recipients.focusedHeader()).toBe('firstName');
    await page.keyboard.press('Tab');
    expect(await recipients.focusedHeader()).toBeNull();
    // Last name descending again, as the export below expects it.
    await recipients.sortByKeyboard('lastName', 'descending');
    const last = await recipients.columnValues('lastName', 15);
    expect(inOrder(last, true), last.join(', ')).toBe(true);
    await expect(recipients.columnHeader('firstName')).toHaveAttribute('aria-sort', 'none');
  });

  await test.step('filter on Email contains and Gender equal to Female', async () => {
    await recipients.addCondition({ column: 'Email', operator: 'contains', value: 'son' });
    // Typed but not added: Apply takes it along.
    await recipients.typeCondition({
      column: 'Gender',
      operator: 'equal to',
      value: 'Female',
      select: true,
    });
    await recipients.apply();
    await expect(recipients.tags).toHaveText(["Email contains 'son'", 'Gender equal to Female']);
    await expect(recipients.rowCount).not.toHaveText('10,000 rows');
    await expect(recipients.grid).toHaveAttribute('data-state', 'ready');
    const text = await recipients.rowCount.innerText();
    expect(text).toMatch(/^[\d,]+ rows$/);
    filteredCount = Number(text.replace(/\D/g, ''));
    expect(filteredCount).toBeGreaterThan(20);
    expect(filteredCount).toBeLessThan(10_000);
    for (const email of await recipients.columnValues('email', 15)) expect(email).toContain('son');
    expect(new Set(await recipients.columnValues('gender', 15))).toEqual(new Set(['Female']));
  });

  await test.step('hide the Phone column with the column chooser', async () => {
    await expect(recipients.header('phone')).toBeVisible();
    await recipients.setColumnShown('phone', false);
    await expect(recipients.header('phone')).toHaveCount(0);
    await expect(recipients.cells('phone')).toHaveCount(0);
    await expect(recipients.header('email')).toBeVisible();
  });

  await test.step('export the selection to CSV: shown columns, filtered rows, sorted', async () => {
    const [header, ...rows] = parseCsv(await recipients.exportCsv());
    const columns = recipientsTable.columns.map((c) => c.name).filter((c) => c !== 'phone');
    expect(header).toEqual(columns);
    expect(rows).toHaveLength(filteredCount);
    const at = (name: string) => columns.indexOf(name);
    for (const row of rows) {
      expect(row[at('email')]).toContain('son');
      expect(row[at('gender')]).toBe('2');
    }
    expect(
      inOrder(
        rows.map((r) => r[at('lastName')] ?? ''),
        true,
      ),
    ).toBe(true);
  });
});

test('a filter value the service refuses shows its message next to the bar', async ({
  consoleApp,
}) => {
  const main = await setUpAndLogOn(consoleApp);
  const recipients = await main.openRecipients();
  await recipients.expectRowsShown('10,000 rows');

  await test.step('what is not a number is refused before it is sent', async () => {
    await recipients.typeCondition({ column: 'Primary key', operator: 'equal to', value: 'abc' });
    await recipients.apply();
    await expect(recipients.valueError).toHaveText("'abc' is not a number.");
    await expect(recipients.tags).toHaveCount(0);
  });

  await test.step('a number the column cannot hold is refused by the service', async () => {
    await recipients.typeCondition({ column: 'Primary key', operator: 'equal to', value: '1.5' });
    await recipients.apply();
    await expect(recipients.queryError).toHaveText(
      "Filter on 'id': 1.5 is not a valid int64 value.",
    );
    await expect(recipients.grid).toHaveAttribute('data-state', 'error');
  });

  await test.step('Clear takes the filter away and the rows come back', async () => {
    await recipients.clear();
    await expect(recipients.queryError).toBeHidden();
    await recipients.expectRowsShown('10,000 rows');
  });
});

test('Data schemas lists Recipients, with its structure and its data', async ({ consoleApp }) => {
  const main = await setUpAndLogOn(consoleApp);
  const schemas = await main.openDataSchemas();

  await expect(schemas.row('nmsRecipient')).toContainText('Recipients');
  await schemas.open('nmsRecipient');
  await expect(schemas.structureRows).toHaveCount(recipientsTable.columns.length);
  await expect(schemas.structureRow('id')).toHaveAttribute('data-key', 'true');
  await expect(schemas.structureRow('email')).toHaveAttribute('data-key', 'false');
  expect(await schemas.structureOf('email')).toEqual(['Email', 'email', 'string', '128', '']);
  expect(await schemas.structureOf('gender')).toEqual([
    'Gender',
    'gender',
    'byte',
    '',
    'nmsRecipient_gender',
  ]);

  await schemas.showTab('Data');
  await schemas.data.expectRowsShown('10,000 rows');
  expect(await schemas.data.columnValues('email', 1)).toEqual(['aaliyah.bosco@example.com']);
});
