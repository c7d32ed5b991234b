import { screen, within, type queries } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import { consoleHarness } from '../../../../test-support/render-with-stores';
import {
  EditorPanel,
  editorHandlers,
  openActivity,
  storedWorkflow,
} from '../../../../test-support/workflow-fixtures';

const exportActivity: ActivityInput = {
  type: 'crmConnector',
  id: 'crmExport',
  label: 'Export opportunities',
  position: { x: 200, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Opportunity',
  operation: 'export',
};

async function openExport() {
  const harness = consoleHarness(editorHandlers(storedWorkflow(exportActivity)));
  const view = harness.render(<EditorPanel />);
  await openActivity(harness, 'crmExport');
  const grid = within(await screen.findByRole('table', { name: 'Mapping' }));
  // The Remote CRM choices come with the account's remote objects.
  await screen.findByRole('option', { name: 'Opportunity (Opportunity)' });
  return { ...harness, ...view, grid };
}

const sources = (grid: ReturnType<typeof within<typeof queries>>) =>
  grid.queryAllByRole<HTMLInputElement>('textbox').map((input) => input.value);

describe('export mapping grid', () => {
  it('maps a column of the input to a remote field with its conversion, and saves it', async () => {
    const { grid, user, callsTo } = await openExport();
    expect(grid.getAllByRole('row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await user.type(grid.getByRole('textbox', { name: 'Adobe Campaign column of line 1' }), 'amt');
    const remote = grid.getByRole('combobox', { name: 'Remote CRM field of line 1' });
    // A new line has no field yet; the choices are the remote object's fields.
    expect(remote).toHaveDisplayValue('Choose…');
    expect(
      within(remote)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Id', 'Name', 'Amount', 'CloseDate', 'StageName', 'LastModifiedDate']);
    await user.selectOptions(remote, 'Amount');
    await user.selectOptions(
      grid.getByRole('combobox', { name: 'Conversion of line 1' }),
      'Copy/Paste',
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
    const sent = callsTo('workflows.update')[0]?.arg as { workflow: { activities: unknown[] } };
    expect(sent.workflow.activities[1]).toMatchObject({
      export: { mapping: [{ source: 'amt', remote: 'Amount', conversion: 'copy' }] },
    });
  });

  it('removes the line asked, keeping the others as they were', async () => {
    const { grid, user } = await openExport();
    for (const [line, source] of ['a', 'b', 'c'].entries()) {
      await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
      await user.type(
        grid.getByRole('textbox', { name: `Adobe Campaign column of line ${line + 1}` }),
        source,
      );
    }
    await user.selectOptions(
      grid.getByRole('combobox', { name: 'Remote CRM field of line 3' }),
      'Name',
    );

    await user.click(grid.getByRole('button', { name: 'Remove mapping line 2' }));

    expect(sources(grid)).toEqual(['a', 'c']);
    expect(grid.getByRole('combobox', { name: 'Remote CRM field of line 2' })).toHaveDisplayValue(
      'Name',
    );
    expect(grid.queryByRole('button', { name: 'Remove mapping line 3' })).not.toBeInTheDocument();
  });

  it('shows why Save is refused when a line is left incomplete', async () => {
    const { grid, user } = await openExport();
    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await user.selectOptions(
      grid.getByRole('combobox', { name: 'Remote CRM field of line 1' }),
      'Name',
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The workflow was not saved')).toBeInTheDocument();
    expect(screen.getByTestId('save-error')).toHaveTextContent(
      'Line 1: Internal name is required.',
    );
    expect(screen.getByTestId('save-error')).not.toHaveTextContent('export.mapping');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.type(grid.getByRole('textbox', { name: 'Adobe Campaign column of line 1' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
    expect(screen.queryByText('The workflow was not saved')).not.toBeInTheDocument();
  });
});
