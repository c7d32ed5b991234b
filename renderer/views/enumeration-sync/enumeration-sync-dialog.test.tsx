import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncChoice, SyncRow } from '../../../shared/domain/enumeration-sync';
import { consoleHarness } from '../../test-support/render-with-stores';
import { EnumerationSyncDialog } from './enumeration-sync-dialog';

const multiSelect =
  'Multi-select picklists are not supported: a console enumeration holds one value per record.';
const rows: SyncRow[] = [
  {
    id: 'Contact.LeadSource',
    crmEnumeration: "List of 'Lead Source' from 'Contact'",
    defaultTarget: 'Contact_LeadSource',
    valueCount: 3,
    refusal: null,
  },
  {
    id: 'Contact.Salutation',
    crmEnumeration: "List of 'Salutation' from 'Contact'",
    defaultTarget: 'Contact_Salutation',
    valueCount: 1,
    refusal: null,
  },
  {
    id: 'Loyalty__c.Programs__c',
    crmEnumeration: "List of 'Programs' from 'Loyalty__c'",
    defaultTarget: 'Loyalty__c_Programs__c',
    valueCount: 5,
    refusal: { key: 'messages:enumerationSync.multiSelect' },
  },
];

const preview = ({ choices }: { choices: SyncChoice[] }) =>
  choices.map((c) => ({
    id: c.id,
    target: c.target,
    creates: c.target !== 'leadSource',
    added: ['Web'],
    kept: c.replace ? [] : ['Phone'],
    removed: c.replace ? ['Fax'] : [],
    warnings: c.replace
      ? []
      : [
          {
            key: 'messages:enumerationSync.mixedKinds',
            params: { target: c.target, codes: '0, 1', texts: 'Web' },
          },
        ],
  }));

async function openSync() {
  const harness = consoleHarness({
    'enumerations.syncRows': () => rows,
    'enumerations.list': () => [{ name: 'leadSource', label: 'Lead source', valueCount: 4 }],
    'enumerations.syncPreview': (arg) => preview(arg as { choices: SyncChoice[] }),
  });
  const view = harness.render(<EnumerationSyncDialog />);
  // The accounts view opens the dialog on an account; the dialog is what is tested here.
  await act(() =>
    harness.stores.enumerationSync
      .getState()
      .open({ name: 'demoSalesforce', label: 'Demo Salesforce' }),
  );
  await screen.findByRole('table');
  return { ...harness, ...view };
}

const rowOf = (label: string) => {
  const row = screen.getByText(label).closest('tr');
  if (!row) throw new Error(`No row for ${label}`);
  return within(row);
};

describe('enumeration sync rows', () => {
  it('lists every picklist, and refuses a multi-select one with the reason', async () => {
    await openSync();
    const refused = rowOf("List of 'Programs' from 'Loyalty__c'");
    expect(refused.getByText(multiSelect)).toBeInTheDocument();
    expect(refused.getByText('Not supported')).toBeInTheDocument();
    expect(refused.getByRole('checkbox')).toBeDisabled();
    expect(refused.queryByRole('textbox')).not.toBeInTheDocument();
    expect(refused.getByRole('combobox', { name: 'Replace' })).toBeDisabled();
    expect(rowOf("List of 'Lead Source' from 'Contact'").getByText(/3 values/)).toBeVisible();
    expect(rowOf("List of 'Salutation' from 'Contact'").getByText(/1 value$/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next >' })).toBeDisabled();
  });

  it('aims a ticked row at a new or an existing enumeration, with Replace', async () => {
    const { user } = await openSync();
    const lead = rowOf("List of 'Lead Source' from 'Contact'");
    const target = lead.getByRole('textbox', { name: 'Adobe Campaign enumeration' });
    expect(target).toBeDisabled();
    expect(lead.getByRole('combobox', { name: 'Replace' })).toBeDisabled();

    await user.click(lead.getByRole('checkbox', { name: /Synchronize/ }));
    expect(target).toBeEnabled();
    expect(target).toHaveValue('Contact_LeadSource');
    expect(lead.getByText('New')).toBeInTheDocument();

    await user.click(lead.getByRole('button', { name: 'Pick an existing enumeration' }));
    await user.click(await screen.findByRole('menuitem', { name: /leadSource/ }));
    expect(target).toHaveValue('leadSource');
    expect(lead.getByText('Existing')).toBeInTheDocument();

    await user.selectOptions(lead.getByRole('combobox', { name: 'Replace' }), 'Yes');
    expect(lead.getByRole('combobox', { name: 'Replace' })).toHaveDisplayValue('Yes');
    expect(screen.getByRole('button', { name: 'Next >' })).toBeEnabled();
  });

  it('refuses Next while a typed target is not an internal name', async () => {
    const { user } = await openSync();
    const salutation = rowOf("List of 'Salutation' from 'Contact'");
    await user.click(salutation.getByRole('checkbox', { name: /Synchronize/ }));
    const target = salutation.getByRole('textbox', { name: 'Adobe Campaign enumeration' });

    await user.clear(target);
    await user.type(target, 'my title');
    expect(salutation.getByText(/must start with a letter or underscore/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next >' })).toBeDisabled();

    await user.clear(target);
    await user.type(target, 'myTitle');
    expect(salutation.queryByText(/must start with a letter/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next >' })).toBeEnabled();
  });

  it('previews only the ticked rows, each with its target and Replace', async () => {
    const { user, callsTo } = await openSync();
    const lead = rowOf("List of 'Lead Source' from 'Contact'");
    await user.click(lead.getByRole('checkbox', { name: /Synchronize/ }));
    await user.selectOptions(lead.getByRole('combobox', { name: 'Replace' }), 'Yes');
    const salutation = rowOf("List of 'Salutation' from 'Contact'");
    await user.click(salutation.getByRole('checkbox', { name: /Synchronize/ }));
    await user.click(salutation.getByRole('checkbox', { name: /Synchronize/ }));

    await user.click(screen.getByRole('button', { name: 'Next >' }));

    expect(await screen.findByText(/Check what each enumeration gets/)).toBeInTheDocument();
    expect(callsTo('enumerations.syncPreview').map((c) => c.arg)).toEqual([
      {
        account: 'demoSalesforce',
        choices: [{ id: 'Contact.LeadSource', target: 'Contact_LeadSource', replace: true }],
      },
    ]);
    const planned = rowOf("List of 'Lead Source' from 'Contact'");
    expect(planned.getByText('Contact_LeadSource')).toBeInTheDocument();
    expect(planned.getByText('Fax')).toBeInTheDocument();
    expect(screen.queryByText("List of 'Salutation' from 'Contact'")).not.toBeInTheDocument();
    expect(screen.queryByTestId('sync-warnings')).not.toBeInTheDocument();
  });

  it('shows what to check before Start when a merge mixes codes and text', async () => {
    const { user } = await openSync();
    const lead = rowOf("List of 'Lead Source' from 'Contact'");
    await user.click(lead.getByRole('checkbox', { name: /Synchronize/ }));
    await user.click(screen.getByRole('button', { name: 'Next >' }));
    const warnings = await screen.findByTestId('sync-warnings');
    expect(warnings).toHaveTextContent('Check before Start');
    expect(warnings).toHaveTextContent(
      "Enumeration 'Contact_LeadSource' holds numeric codes (0, 1) and the CRM's values are text (Web)",
    );
  });
});
