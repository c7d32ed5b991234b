import { screen, within, type queries } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CrmTableDescription } from '../../../../../shared/domain/crm';
import type {
  ActivityInput,
  CrmConnectorActivity,
} from '../../../../../shared/domain/workflows/activity-settings';
import { consoleHarness } from '../../../../test-support/render-with-stores';
import {
  draftActivity,
  EditorPanel,
  editorHandlers,
  openActivity,
  opportunity,
  storedWorkflow,
} from '../../../../test-support/workflow-fixtures';

const importActivity = (fields: { remote: string }[]): ActivityInput => ({
  type: 'crmConnector',
  id: 'crmImport',
  label: 'Import opportunities',
  position: { x: 200, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Opportunity',
  import: { fields },
});

type Grid = ReturnType<typeof within<typeof queries>>;

async function openImport(fields: { remote: string }[] = []) {
  const harness = consoleHarness(editorHandlers(storedWorkflow(importActivity(fields))));
  const view = harness.render(<EditorPanel />);
  await openActivity(harness, 'crmImport');
  await screen.findByRole('option', { name: 'Opportunity (Opportunity)' });
  const grid = (name: string) => within(screen.getByRole('table', { name }));
  return { ...harness, ...view, grid };
}

const chosenFields = (grid: Grid) =>
  grid
    .queryAllByRole<HTMLSelectElement>('combobox', { name: /^Remote field of line/ })
    .map((select) => select.value);

describe('import fields', () => {
  it('adds each remote field once, first the unused ones, until none is left', async () => {
    const { grid, user, ...h } = await openImport();
    const add = screen.getByRole('button', { name: 'Add a remote field' });

    await user.click(add);
    await user.click(add);
    expect(chosenFields(grid('Remote fields'))).toEqual(['Id', 'Name']);

    await user.selectOptions(
      grid('Remote fields').getByRole('combobox', { name: 'Remote field of line 1' }),
      'Amount',
    );
    await user.click(add);
    expect(chosenFields(grid('Remote fields'))).toEqual(['Amount', 'Name', 'Id']);

    for (let i = 3; i < opportunity.fields.length; i++) await user.click(add);
    expect(chosenFields(grid('Remote fields'))).toHaveLength(opportunity.fields.length);
    expect(add).toBeDisabled();

    await user.click(grid('Remote fields').getByRole('button', { name: 'Remove remote field 2' }));
    expect(add).toBeEnabled();
    expect(draftActivity(h, 'crmImport')).toMatchObject({
      import: { fields: expect.not.arrayContaining([{ remote: 'Name', conversion: 'default' }]) },
    });
  });

  it('keeps a saved field the remote object no longer has, shown as it is', async () => {
    const { grid } = await openImport([{ remote: 'Legacy__c' }, { remote: 'Name' }]);
    expect(chosenFields(grid('Remote fields'))).toEqual(['Legacy__c', 'Name']);
    expect(
      grid('Remote fields').getByRole('combobox', { name: 'Remote field of line 1' }),
    ).toHaveDisplayValue('Legacy__c');
  });

  it('orders by up to five columns, each ascending or descending', async () => {
    const { grid, user, ...h } = await openImport();
    const add = screen.getByRole('button', { name: 'Add a sort column' });
    await user.click(add);
    await user.selectOptions(
      grid('Order by').getByRole('combobox', { name: 'Sort column 1' }),
      'CloseDate',
    );
    await user.click(grid('Order by').getByRole('checkbox', { name: 'Descending sort 1' }));
    for (let i = 1; i < 5; i++) await user.click(add);
    expect(add).toBeDisabled();

    expect(grid('Order by').getAllByRole('checkbox')).toHaveLength(5);
    const [first] = (draftActivity(h, 'crmImport') as CrmConnectorActivity).import.orderBy;
    expect(first).toEqual({ field: 'CloseDate', descending: true });
  });

  it('refuses Order by with a filter or an index while editing, where the CRM sorts or filters only', async () => {
    // The v1.0 limit in the seed's words, as an Oracle On Demand v1.0 account's capabilities say.
    const limitation =
      'API version v1.0 lets you sort or filter data during a query but does not let you do both simultaneously.';
    const indexed: ActivityInput = {
      ...importActivity([{ remote: 'Name' }]),
      import: { fields: [{ remote: 'Name' }], automaticIndex: { enabled: true } },
    } as ActivityInput;
    const harness = consoleHarness({
      ...editorHandlers(storedWorkflow(indexed)),
      'workflows.crmCapabilities': () => ({
        orderBy: true,
        sortOrFilterOnly: { key: 'messages:connectors.oracle.sortOrFilter' },
        queryAll: false,
        deletedRetentionDays: 30,
        bulkApi: false,
      }),
    });
    const { user } = harness.render(<EditorPanel />);
    await openActivity(harness, 'crmImport');
    await screen.findByRole('option', { name: 'Opportunity (Opportunity)' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a sort column' }));
    expect(screen.getByRole('alert')).toHaveTextContent(limitation);
    expect(screen.getByRole('alert')).toHaveTextContent('Sort or filter, not both');

    const orderBy = within(screen.getByRole('table', { name: 'Order by' }));
    await user.click(orderBy.getByRole('button', { name: /^Remove sort column 1/ }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for the remote identifier column when the population comes from upstream', async () => {
    const { user, ...h } = await openImport();
    expect(screen.getByRole('button', { name: 'Edit the filter...' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Use the population calculated upstream' }));

    expect(screen.queryByRole('button', { name: 'Edit the filter...' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Order by' })).not.toBeInTheDocument();
    const column = screen.getByRole('textbox', { name: 'Field containing the remote identifier' });
    await user.type(column, 'sfId');
    expect(draftActivity(h, 'crmImport')).toMatchObject({
      import: { identification: 'upstream', remoteIdColumn: 'sfId' },
    });
  });

  it('keeps the fields the new remote object has when it changes, and says what it removed', async () => {
    const account: CrmTableDescription = {
      ...opportunity,
      name: 'Account',
      label: 'Account',
      // The wizard skipped BillingAddress (a compound field): it is not offered.
      fields: opportunity.fields
        .filter((f) => f.name !== 'Amount')
        .concat({
          name: 'BillingAddress',
          label: 'Billing address',
          crmType: 'address',
          type: null,
          nillable: true,
          externalId: false,
        }),
    };
    const harness = consoleHarness({
      ...editorHandlers(storedWorkflow(importActivity([{ remote: 'Name' }, { remote: 'Amount' }]))),
      'workflows.remoteObjects': () => [opportunity, account],
    });
    const { user } = harness.render(<EditorPanel />);
    await openActivity(harness, 'crmImport');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Remote object' }),
      'Account (Account)',
    );
    expect(screen.getByTestId('remote-object-removed')).toHaveTextContent(
      "Not on Account, so removed: imported fields 'Amount'.",
    );
    expect(draftActivity(harness, 'crmImport')).toMatchObject({
      remoteObject: 'Account',
      import: { fields: [{ remote: 'Name' }] },
    });
    const grid = within(screen.getByRole('table', { name: 'Remote fields' }));
    const options = within(grid.getByRole('combobox', { name: 'Remote field of line 1' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).not.toContain('BillingAddress');
  });
});
