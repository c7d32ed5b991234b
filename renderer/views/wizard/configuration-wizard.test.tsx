import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { consoleHarness } from '../../test-support/render-with-stores';
import { ConfigurationWizard } from './configuration-wizard';

const tables = [
  { name: 'Account', label: 'Account', custom: false },
  { name: 'Contact', label: 'Contact', custom: false },
  { name: 'Loyalty__c', label: 'Loyalty Membership', custom: true },
];

function openWizard(configured = false) {
  const harness = consoleHarness({
    'wizard.listTables': () => ({ tables, selected: ['Contact'] }),
    'wizard.createSchema': () => ({ jobId: 'job-1' }),
    'wizard.changes': () => ({ addedTables: [], removedTables: [], changedTables: [] }),
  });
  // The accounts view opens the wizard on an account; the wizard is what is tested here.
  harness.stores.wizard
    .getState()
    .open({ name: 'demoSalesforce', label: 'Demo Salesforce', type: 'salesforce', configured });
  return { ...harness, ...harness.render(<ConfigurationWizard />) };
}

const nextButton = () => screen.getByRole('button', { name: 'Next >' });
// The dialog's footer buttons are anchors: disabled is said with aria-disabled.
const offered = (button: HTMLElement) => button.getAttribute('aria-disabled') !== 'true';
const selectedCount = () => screen.getByText(/selected$/);
const tableRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('configuration wizard, table grid', () => {
  it('offers Next only once the tables are recovered', async () => {
    const { user } = openWizard();
    expect(screen.getByRole('dialog', { name: /configuration wizard/ })).toBeInTheDocument();
    expect(offered(nextButton())).toBe(false);
    await user.click(nextButton());
    expect(screen.getByText(/to recover the tables/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start' }));

    expect(await screen.findByText(/3 tables recovered/)).toBeInTheDocument();
    expect(offered(nextButton())).toBe(true);
  });

  it('ticks the last run’s tables, counts the selection and refuses Next without one', async () => {
    const { user } = openWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Next >' }));

    expect(tableRows().map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Account',
      'Contact',
      'Loyalty__c',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Select Contact' })).toBeChecked();
    expect(within(tableRows()[1] as HTMLElement).getByText('last run')).toBeInTheDocument();
    expect(within(tableRows()[2] as HTMLElement).getByText('custom')).toBeInTheDocument();
    expect(selectedCount()).toHaveTextContent('1 of 3 selected');
    expect(offered(nextButton())).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: 'Select Contact' }));
    expect(selectedCount()).toHaveTextContent('0 of 3 selected');
    expect(offered(nextButton())).toBe(false);
    await user.click(nextButton());
    expect(screen.getByRole('table')).toBeInTheDocument();

    // A click anywhere on the line ticks it, as on the checkbox.
    await user.click(screen.getByText('Loyalty Membership'));
    expect(screen.getByRole('checkbox', { name: 'Select Loyalty Membership' })).toBeChecked();
    expect(selectedCount()).toHaveTextContent('1 of 3 selected');
    expect(offered(nextButton())).toBe(true);
  });

  it('searches by label or internal name, and All tables ticks every one', async () => {
    const { user } = openWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Next >' }));
    const search = screen.getByRole('searchbox', { name: 'Available tables' });

    await user.type(search, 'loyalty');
    expect(tableRows()).toHaveLength(1);
    expect(screen.getByText('Loyalty__c')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'account');
    expect(tableRows().map((row) => row.textContent)).toEqual([expect.stringContaining('Account')]);

    await user.clear(search);
    await user.type(search, 'opportunity');
    expect(screen.getByText('No table matches the search.')).toBeInTheDocument();

    await user.clear(search);
    await user.click(screen.getByRole('checkbox', { name: 'All tables' }));
    expect(selectedCount()).toHaveTextContent('3 of 3 selected');
    for (const table of tables)
      expect(screen.getByRole('checkbox', { name: `Select ${table.label}` })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'All tables' }));
    expect(selectedCount()).toHaveTextContent('0 of 3 selected');
  });

  it('starts the schema job on the tables ticked', async () => {
    const { user, callsTo } = openWizard();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Next >' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Account' }));
    await user.click(nextButton());

    expect(
      screen.getByText(/generate the schema of the 2 selected tables: Contact, Account\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));

    expect(callsTo('wizard.createSchema').map((c) => c.arg)).toEqual([
      { account: 'demoSalesforce', tables: ['Contact', 'Account'] },
    ]);
  });
});
