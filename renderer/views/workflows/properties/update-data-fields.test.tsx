import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../../../shared/domain/records';
import type { ActivityInput } from '../../../../shared/domain/workflows/activity-settings';
import { consoleHarness } from '../../../test-support/render-with-stores';
import {
  draftActivity,
  EditorPanel,
  editorHandlers,
  openActivity,
  storedWorkflow,
} from '../../../test-support/workflow-fixtures';

const recipient: TableDefinition = {
  name: 'recipient',
  label: 'Recipients',
  columns: [
    { name: 'id', label: 'Primary key', type: 'int64' },
    { name: 'email', label: 'Email', type: 'string', length: 255 },
    { name: 'sfId', label: 'Salesforce id', type: 'string', length: 18 },
  ],
  key: ['id'],
  uniqueKeys: [['sfId']],
};

type UpdateDataInput = Extract<ActivityInput, { type: 'updateData' }>;

const update = (settings: Pick<UpdateDataInput, 'table' | 'mapping'> = {}): ActivityInput => ({
  type: 'updateData',
  id: 'update',
  label: 'Update recipients',
  position: { x: 200, y: 0 },
  ...settings,
});

async function openUpdate(activity: ActivityInput = update()) {
  const harness = consoleHarness({
    ...editorHandlers(storedWorkflow(activity)),
    'records.tables': () => [
      { name: 'recipient', label: 'Recipients', kind: 'table' },
      { name: 'wkfTest_query', label: 'Query result', kind: 'work' },
    ],
    'records.describe': ({ table }) =>
      table === 'recipient'
        ? recipient
        : { error: { code: 'NOT_FOUND', message: `No table '${table}'.` } },
  });
  const view = harness.render(<EditorPanel />);
  await openActivity(harness, 'update');
  await screen.findByRole('option', { name: 'Recipients (recipient)' });
  const grid = () => within(screen.getByRole('table', { name: 'Mapping' }));
  return { ...harness, ...view, grid };
}

describe('update data mapping grid', () => {
  it('maps source columns to the chosen table’s columns, reconciled on a key', async () => {
    const { grid, user, callsTo } = await openUpdate();
    const table = screen.getByRole('combobox', { name: 'Table' });
    // Work tables are a run's own: they are not offered.
    expect(within(table).queryByRole('option', { name: /Query result/ })).toBeNull();
    await user.selectOptions(table, 'Recipients (recipient)');

    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await user.type(grid().getByRole('textbox', { name: 'Source column of line 1' }), 'mail');
    const destination = grid().getByRole('combobox', { name: 'Destination column of line 1' });
    expect(destination).toHaveDisplayValue('Choose…');
    await user.selectOptions(destination, 'Email (email)');
    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await user.type(grid().getByRole('textbox', { name: 'Source column of line 2' }), 'crmId');
    await user.selectOptions(
      grid().getByRole('combobox', { name: 'Destination column of line 2' }),
      'Salesforce id (sfId)',
    );
    await user.type(screen.getByRole('textbox', { name: 'Reconciliation columns' }), 'sfId');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
    const sent = callsTo('workflows.update')[0]?.arg as { workflow: { activities: unknown[] } };
    expect(sent.workflow.activities[1]).toMatchObject({
      table: 'recipient',
      reconciliation: ['sfId'],
      mapping: [
        { source: 'mail', destination: 'email' },
        { source: 'crmId', destination: 'sfId' },
      ],
    });
  });

  it('removes a line and shows why Save is refused for one left without a destination', async () => {
    const { grid, user, ...h } = await openUpdate(
      update({ table: 'recipient', mapping: [{ source: 'mail', destination: 'email' }] }),
    );
    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await user.type(grid().getByRole('textbox', { name: 'Source column of line 2' }), 'crmId');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const refusal = await screen.findByTestId('save-error');
    expect(refusal).not.toHaveTextContent('mapping.');
    expect(refusal).toHaveTextContent('Line 2: Internal name is required.');

    await user.click(grid().getByRole('button', { name: 'Remove line 2' }));
    expect(grid().getAllByRole('textbox')).toHaveLength(1);
    expect(draftActivity(h, 'update')).toMatchObject({
      mapping: [{ source: 'mail', destination: 'email' }],
    });
  });

  it('shows a saved destination the table no longer has as it is, not as another column', async () => {
    const { grid } = await openUpdate(
      update({ table: 'recipient', mapping: [{ source: 'mail', destination: 'emailAddress' }] }),
    );
    const destination = grid().getByRole('combobox', { name: 'Destination column of line 1' });
    await within(destination).findByRole('option', { name: 'Email (email)' });
    expect(destination).toHaveDisplayValue('emailAddress');
  });

  it('shows what Start would refuse while the activity is edited, and clears it once fixed', async () => {
    const harness = consoleHarness({
      ...editorHandlers(storedWorkflow(update({ table: 'recipient' }))),
      'records.tables': () => [{ name: 'recipient', label: 'Recipients', kind: 'table' }],
      'records.describe': () => recipient,
      // Main runs the activity's own check; here, the one rule this test edits.
      'workflows.checkActivity': ({ activity }) =>
        activity.type === 'updateData' && (activity.mapping ?? []).length === 0
          ? [{ key: 'messages:input.mapOneColumn' }]
          : [],
    });
    const { user } = harness.render(<EditorPanel />);
    await openActivity(harness, 'update');
    expect(await screen.findByTestId('activity-check')).toHaveTextContent(
      'Before this activity can runMap at least one column.',
    );
    // The draft's graph goes along, so main can check the mapping against what flows in.
    const asked = harness.callsTo('workflows.checkActivity').at(-1)?.arg as {
      graph?: { activities: { id: string }[] };
    };
    expect(asked.graph?.activities.map((a) => a.id)).toEqual(['start', 'update']);
    await user.click(screen.getByRole('button', { name: 'Add a mapping line' }));
    await waitFor(() => expect(screen.queryByTestId('activity-check')).not.toBeInTheDocument());
  });

  it('shows a saved table the record store no longer has as it is', async () => {
    await openUpdate(update({ table: 'oldRecipients' }));
    expect(screen.getByRole('combobox', { name: 'Table' })).toHaveDisplayValue('oldRecipients');
  });
});
