import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recipientsTableName } from '../../../shared/domain/recipients';
import type { RecordRow, TableDefinition } from '../../../shared/domain/records';
import { consoleHarness } from '../../test-support/render-with-stores';
import { valueFormatter } from './format-value';
import { GridCell } from './grid-cell';

const definition: TableDefinition = {
  name: recipientsTableName,
  label: 'Recipients',
  key: ['id'],
  uniqueKeys: [],
  columns: [
    { name: 'id', label: 'Primary key', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string', length: 128 },
  ],
};
const rows: RecordRow[] = [{ id: 41, email: 'ann@example.com' }];

describe('a cell of the data grid', () => {
  it('is one element, a grey bar until its row arrives, then its value in the same element', async () => {
    let answer: (rows: RecordRow[]) => void = () => undefined;
    const harness = consoleHarness({
      'records.describe': () => definition,
      'records.count': () => 1,
      'records.page': () => new Promise<RecordRow[]>((resolve) => (answer = resolve)),
    });
    const records = harness.stores.records;
    // The first page stays out until the test answers it.
    await act(async () => {
      void records.getState().open(recipientsTableName);
    });
    const email = definition.columns[1];
    if (!email) throw new Error('no email column');
    const { container } = harness.render(
      <GridCell
        row={0}
        column="email"
        format={valueFormatter(email, undefined, 'en')}
        numeric={false}
        className="bp6-table-cell-row-0"
        style={{ top: 0, height: 24 }}
      />,
    );
    await waitFor(() => expect(container.querySelector('.bp6-table-cell')).not.toBeNull());
    const cell = container.querySelector('.bp6-table-cell');
    expect(cell?.className).toContain('console-grid-loading');
    expect(cell?.className).toContain('bp6-table-cell-row-0');
    expect(cell?.getAttribute('data-testid')).toBeNull();
    expect(cell?.childElementCount).toBe(0);

    await act(async () => answer(rows));
    await waitFor(() => expect(cell?.textContent).toBe('ann@example.com'));
    expect(container.querySelector('.bp6-table-cell')).toBe(cell);
    expect(cell?.className).not.toContain('console-grid-loading');
    expect(cell?.getAttribute('data-testid')).toBe('grid-cell');
    expect(cell?.getAttribute('data-row')).toBe('0');
    expect(cell?.getAttribute('data-column')).toBe('email');
    expect(cell?.getAttribute('style')).toContain('height: 24px');
    expect(cell?.childElementCount).toBe(0);
  });

  it('aligns a number to the right', async () => {
    const harness = consoleHarness({
      'records.describe': () => definition,
      'records.count': () => 1,
      'records.page': () => rows,
    });
    await act(() => harness.stores.records.getState().open(recipientsTableName));
    await waitFor(() => expect(harness.stores.records.getState().rowsReady).toBe(true));
    const id = definition.columns[0];
    if (!id) throw new Error('no id column');
    const { container } = harness.render(
      <GridCell row={0} column="id" format={valueFormatter(id, undefined, 'en')} numeric />,
    );
    await waitFor(() =>
      expect(container.querySelector('[data-testid="grid-cell"]')).not.toBeNull(),
    );
    const cell = container.querySelector('[data-testid="grid-cell"]');
    expect(cell?.textContent).toBe('41');
    expect(cell?.className).toContain('console-grid-number');
  });
});
