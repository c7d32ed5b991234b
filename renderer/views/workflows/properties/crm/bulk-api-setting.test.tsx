import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultBulkThreshold } from '../../../../../shared/domain/workflows/crm-connector-settings';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import { consoleHarness } from '../../../../test-support/render-with-stores';
import {
  draftActivity,
  EditorPanel,
  editorHandlers,
  openActivity,
  storedWorkflow,
} from '../../../../test-support/workflow-fixtures';

const activity = (operation: 'import' | 'export' | 'delete'): ActivityInput => ({
  type: 'crmConnector',
  id: 'crmBulk',
  label: 'Opportunities',
  position: { x: 200, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Opportunity',
  operation,
});

async function open(operation: 'import' | 'export' | 'delete', bulkApi = true) {
  const harness = consoleHarness({
    ...editorHandlers(storedWorkflow(activity(operation))),
    'workflows.crmCapabilities': () => ({
      orderBy: true,
      sortOrFilterOnly: null,
      queryAll: true,
      deletedRetentionDays: 30,
      bulkApi,
    }),
  });
  const view = harness.render(<EditorPanel />);
  await openActivity(harness, 'crmBulk');
  await screen.findByRole('option', { name: 'Opportunity (Opportunity)' });
  return { ...harness, ...view };
}

describe('Use Bulk API', () => {
  it('shows the checkbox and the row threshold of an export, and changes both', async () => {
    const { user, ...h } = await open('export');
    const use = await screen.findByRole('checkbox', { name: 'Use Bulk API' });
    // Off unless chosen, as in Data Loader; the threshold shows once it is on.
    expect(use).not.toBeChecked();
    expect(screen.queryByLabelText('Bulk API from (rows)')).not.toBeInTheDocument();
    await user.click(use);
    const threshold = screen.getByLabelText('Bulk API from (rows)');
    expect(threshold).toHaveValue(String(defaultBulkThreshold));

    // Selected and typed over: an emptied field is below the minimum and is not taken.
    await user.tripleClick(threshold);
    await user.keyboard('50000');
    expect(draftActivity(h, 'crmBulk')).toMatchObject({
      bulk: { enabled: true, threshold: 50_000 },
    });

    await user.click(use);
    expect(draftActivity(h, 'crmBulk')).toMatchObject({ bulk: { enabled: false } });
    expect(screen.queryByLabelText('Bulk API from (rows)')).not.toBeInTheDocument();
  });

  it('is offered for an import too, not for a delete nor a CRM without bulk jobs', async () => {
    const imported = await open('import');
    expect(await screen.findByRole('checkbox', { name: 'Use Bulk API' })).toBeInTheDocument();
    imported.unmount();

    const deleting = await open('delete');
    expect(screen.queryByRole('checkbox', { name: 'Use Bulk API' })).not.toBeInTheDocument();
    deleting.unmount();

    await open('import', false);
    expect(
      screen.getByRole('radio', { name: 'Use the population calculated upstream' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Use Bulk API' })).not.toBeInTheDocument();
  });
});
