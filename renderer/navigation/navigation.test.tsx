import { StrictMode } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { InitialEntry } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExplorerTree } from '../explorer/explorer-tree';
import { consoleHarness } from '../test-support/render-with-stores';
import {
  demoAccount,
  editorHandlers,
  EditorPanel,
  storedWorkflow,
} from '../test-support/workflow-fixtures';
import { LeaveConfirmation } from './leave-confirmation';
import { RouteSync } from './route-sync';

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling; the tree scrolls its selection into view.
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

/** The explorer, the workflow editor's toolbar and the navigation, without the diagram. */
function Shell() {
  return (
    <StrictMode>
      <ExplorerTree />
      <EditorPanel />
      <RouteSync />
      <LeaveConfirmation />
    </StrictMode>
  );
}

const crmTables = ['Account', 'Contact', 'Lead'].map((name) => ({
  name,
  label: name,
  custom: false,
}));

async function setUp(at: InitialEntry | readonly InitialEntry[]) {
  const harness = consoleHarness({
    ...editorHandlers(storedWorkflow()),
    'accounts.list': () => [demoAccount],
    'wizard.listTables': () => ({ tables: crmTables, selected: ['Account'] }),
    'wizard.changes': () => ({ addedTables: [], removedTables: [], changedTables: [] }),
  });
  const view = harness.render(<Shell />, { at });
  const address = () => view.router.state.location.pathname;
  const back = () => act(() => view.router.navigate(-1));
  // The address is applied when the view mounts: let it settle, as a window does before a click.
  await act(async () => {});
  return { ...harness, ...view, address, back };
}

const leaveDialog = () => screen.findByRole('alertdialog');

describe('navigation by address', () => {
  it('gives each view opened in the explorer an address, and Back returns to the previous one', async () => {
    const { stores, user, address, back } = await setUp('/');
    expect(stores.explorer.getState().openId).toBe('administration');

    await user.click(screen.getByTestId('explorer-node-platform'));
    await waitFor(() => expect(address()).toBe('/platform'));
    await user.click(screen.getByTestId('explorer-node-options'));
    await waitFor(() => expect(address()).toBe('/options'));
    expect(stores.explorer.getState().openId).toBe('options');

    await back();
    await waitFor(() => expect(stores.explorer.getState().openId).toBe('platform'));
    expect(address()).toBe('/platform');
  });

  it('opens what an address names after a reload: the node and the workflow in its editor', async () => {
    const { stores, address } = await setUp('/workflows/wkfTest');
    await waitFor(() => expect(stores.workflowEditor.getState().draft?.name).toBe('wkfTest'));
    expect(stores.explorer.getState()).toMatchObject({ openId: 'workflows' });
    expect(stores.explorer.getState().expanded).toContain('production');
    expect(address()).toBe('/workflows/wkfTest');
  });

  it('turns a workflow opened from the list into an address, and the Workflows node opens the list', async () => {
    const { stores, user, address, back } = await setUp('/workflows');
    await act(() => stores.workflowEditor.getState().open('wkfTest'));
    await waitFor(() => expect(address()).toBe('/workflows/wkfTest'));

    await user.click(screen.getByTestId('explorer-node-workflows'));
    await waitFor(() => expect(stores.workflowEditor.getState().name).toBeNull());
    expect(address()).toBe('/workflows');

    await back();
    await waitFor(() => expect(stores.workflowEditor.getState().name).toBe('wkfTest'));
  });

  it('replaces an address that names nothing with the view shown', async () => {
    const { address } = await setUp('/no/such/place');
    await waitFor(() => expect(address()).toBe('/administration'));
  });
});

describe('leaving unsaved work', () => {
  async function dirtyEditor() {
    const harness = await setUp('/workflows');
    await act(() => harness.stores.workflowEditor.getState().open('wkfTest'));
    await waitFor(() => expect(harness.address()).toBe('/workflows/wkfTest'));
    act(() => harness.stores.workflowEditor.getState().setLabel('Changed'));
    return harness;
  }

  it('asks before Back leaves a workflow with unsaved changes; Stay keeps them', async () => {
    const { stores, back, address, user } = await dirtyEditor();
    await back();
    const dialog = await leaveDialog();
    expect(dialog).toHaveTextContent('The workflow wkfTest has unsaved changes');
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(address()).toBe('/workflows/wkfTest');
    expect(stores.workflowEditor.getState()).toMatchObject({ dirty: true, name: 'wkfTest' });
  });

  it('drops the changes when the administrator chooses Leave', async () => {
    const { stores, user, address } = await dirtyEditor();
    await user.click(screen.getByRole('button', { name: 'Workflows' }));
    await user.click(within(await leaveDialog()).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(address()).toBe('/workflows'));
    expect(stores.workflowEditor.getState()).toMatchObject({ name: null, dirty: false });
  });

  it('asks before a click in the explorer leaves a form with unsaved changes', async () => {
    const { stores, user, address } = await setUp('/options');
    act(() => stores.unsavedForms.getState().mark('option-form', true));
    await user.click(screen.getByTestId('explorer-node-enumerations'));
    expect(await leaveDialog()).toHaveTextContent('The form has unsaved changes');
    expect(address()).toBe('/options');
  });

  it('asks the browser to confirm a reload while there is something to lose', async () => {
    const { stores } = await dirtyEditor();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(true);
    await act(() => stores.workflowEditor.getState().save());
    expect(unload()).toBe(false);
  });

  it('reopens the wizard after a reload, at its start when a later step needs what was lost', async () => {
    const { stores, address, back, user } = await setUp([
      '/external-accounts/demoSalesforce',
      '/external-accounts/demoSalesforce/wizard/select-tables',
    ]);
    await waitFor(() => expect(stores.wizard.getState().account?.name).toBe('demoSalesforce'));
    expect(stores.wizard.getState().step).toBe('tables-list');
    await waitFor(() =>
      expect(address()).toBe('/external-accounts/demoSalesforce/wizard/tables-list'),
    );
    // The wizard's steps replace one another: Back leaves the wizard, and asks first.
    act(() => stores.wizard.getState().setStep('select-tables'));
    await waitFor(() =>
      expect(address()).toBe('/external-accounts/demoSalesforce/wizard/select-tables'),
    );
    await back();
    const dialog = await leaveDialog();
    expect(dialog).toHaveTextContent('The configuration wizard of Demo Salesforce is open');
    // Left, it lands on the account, not on an earlier step of the wizard.
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(stores.wizard.getState().account).toBeNull());
    expect(address()).toBe('/external-accounts/demoSalesforce');
  });

  it('reopens the wizard after a reload at its step, with the tables ticked before', async () => {
    const wizardAt = (step: string) => `/external-accounts/demoSalesforce/wizard/${step}`;
    const first = await setUp(['/external-accounts/demoSalesforce', wizardAt('tables-list')]);
    await waitFor(() => expect(first.stores.wizard.getState().account).not.toBeNull());
    await act(() => first.stores.wizard.getState().listTables());
    act(() => {
      first.stores.wizard.getState().setStep('select-tables');
      first.stores.wizard.getState().toggle('Lead', true);
      first.stores.wizard.getState().setStep('create-schema');
    });
    await waitFor(() => expect(first.address()).toBe(wizardAt('create-schema')));
    // What the window's history entry holds now: the address and its state, as a reload reads.
    const { pathname, state } = first.router.state.location;
    first.unmount();

    const reloaded = await setUp({ pathname, state: state as unknown });
    await waitFor(() => expect(reloaded.stores.wizard.getState().tables.status).toBe('ready'));
    expect(reloaded.stores.wizard.getState()).toMatchObject({
      account: { name: 'demoSalesforce' },
      step: 'create-schema',
      selected: ['Account', 'Lead'],
    });
    expect(reloaded.address()).toBe(wizardAt('create-schema'));
  });
});
