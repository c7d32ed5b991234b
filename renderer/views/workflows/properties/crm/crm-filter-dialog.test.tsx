import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CrmFilterCheck } from '../../../../../shared/contract';
import {
  checkCrmFilter,
  rightHandExpressions,
  type CrmFilterNode,
  type RightHandValue,
} from '../../../../../shared/domain/crm-filter';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import type { FakeHandlers } from '../../../../test-support/fake-bridge';
import { consoleHarness } from '../../../../test-support/render-with-stores';
import {
  draftActivity,
  EditorPanel,
  editorHandlers,
  openActivity,
  opportunity,
  storedWorkflow,
} from '../../../../test-support/workflow-fixtures';

/** Main evaluates right-hand values in its sandbox; numbers, dates and quoted text do here. */
function valueOf(expression: string): RightHandValue {
  const date = /^new Date\('([^']+)'\)$/.exec(expression);
  if (date?.[1]) return { kind: 'date', value: new Date(date[1]) };
  if (/^-?\d+(\.\d+)?$/.test(expression)) return { kind: 'number', value: Number(expression) };
  if (/^'.*'$/.test(expression)) return { kind: 'text' };
  return { kind: 'error', message: `${expression} is not defined` };
}

/** Main's check: the seed's rules (the shared function main runs), a query. */
function checkFilter({ filter }: { filter: CrmFilterNode }): CrmFilterCheck {
  const fields = new Set(opportunity.fields.map((f) => f.name));
  const values = new Map(rightHandExpressions(filter).map((e) => [e, valueOf(e)]));
  const problems = checkCrmFilter(filter, fields, values);
  return { problems, query: problems.length ? null : 'SOQL' };
}

const importActivity = (filter: CrmFilterNode | null = null): ActivityInput => ({
  type: 'crmConnector',
  id: 'crmImport',
  label: 'Import opportunities',
  position: { x: 200, y: 0 },
  account: 'demoSalesforce',
  remoteObject: 'Opportunity',
  import: { fields: [{ remote: 'Amount' }], filter },
});

async function openFilterEditor(filter: CrmFilterNode | null = null, extra: FakeHandlers = {}) {
  const harness = consoleHarness({
    ...editorHandlers(storedWorkflow(importActivity(filter))),
    'workflows.checkCrmFilter': (arg) => checkFilter(arg as { filter: CrmFilterNode }),
    ...extra,
  });
  const view = harness.render(<EditorPanel />);
  await openActivity(harness, 'crmImport');
  const edit = await screen.findByRole('button', { name: 'Edit the filter...' });
  // Offered once the account's remote objects are read.
  await waitFor(() => expect(edit).toHaveAttribute('aria-disabled', 'false'));
  await view.user.click(edit);
  const dialog = await screen.findByRole('dialog', { name: 'Edit the filter' });
  return { ...harness, ...view, dialog: within(dialog) };
}

type Dialog = Awaited<ReturnType<typeof openFilterEditor>>['dialog'];

const okButton = (dialog: Dialog) => dialog.getByRole('button', { name: 'OK' });
const broken = (dialog: Dialog) => dialog.findByRole('alert');

describe('CRM filter editor', () => {
  it('builds a condition, checked at each change, and saves it with the activity', async () => {
    const h = await openFilterEditor();
    const { dialog, user } = h;

    await user.click(dialog.getByRole('button', { name: 'Add a condition to the top level' }));
    // A new line starts on the first field, with no value yet.
    expect(dialog.getByRole('combobox', { name: 'Expression of line 1' })).toHaveValue('Id');
    expect(await broken(dialog)).toHaveTextContent('Line 1: A comparison needs a value.');
    expect(okButton(dialog)).toBeDisabled();

    await user.clear(dialog.getByRole('combobox', { name: 'Expression of line 1' }));
    await user.type(dialog.getByRole('combobox', { name: 'Expression of line 1' }), 'Amount');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Operator of line 1' }), '>');
    await user.type(dialog.getByRole('textbox', { name: 'Value of line 1' }), '100');

    expect(await dialog.findByText('Amount > 100')).toBeInTheDocument();
    expect(dialog.queryByRole('alert')).not.toBeInTheDocument();
    expect(okButton(dialog)).toBeEnabled();
    await user.click(okButton(dialog));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Amount > 100')).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
    const sent = h.callsTo('workflows.update')[0]?.arg as { workflow: { activities: unknown[] } };
    expect(sent.workflow.activities[1]).toMatchObject({
      import: {
        filter: {
          kind: 'level',
          lines: [
            { connective: 'and', node: { kind: 'condition', left: 'Amount', operator: '>' } },
          ],
        },
      },
    });
  });

  it('names the seed’s rule each line breaks while it is edited', async () => {
    const { dialog, user } = await openFilterEditor();
    await user.click(dialog.getByRole('button', { name: 'Add a condition to the top level' }));
    const expression = dialog.getByRole('combobox', { name: 'Expression of line 1' });

    await user.clear(expression);
    await user.type(expression, 'Account.Name');
    expect(await broken(dialog)).toHaveTextContent(
      "Line 1: JOIN comparisons are not supported: 'Account.Name' is a field of another table.",
    );

    await user.clear(expression);
    await user.type(expression, 'Amount');
    await user.type(dialog.getByRole('textbox', { name: 'Value of line 1' }), "'high'");
    expect(await broken(dialog)).toHaveTextContent(
      "Line 1: Comparisons may only concern numbers or dates: 'high' gives a text string.",
    );

    await user.clear(dialog.getByRole('textbox', { name: 'Value of line 1' }));
    await user.type(dialog.getByRole('textbox', { name: 'Value of line 1' }), '100');
    await user.click(dialog.getByRole('button', { name: 'Add a condition to the top level' }));
    await user.selectOptions(
      dialog.getByRole('combobox', { name: 'Operator of line 2' }),
      'is not empty',
    );
    // The empty tests take no value.
    expect(dialog.queryByRole('textbox', { name: 'Value of line 2' })).not.toBeInTheDocument();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Join of line 2' }), 'AND NOT');
    expect(await broken(dialog)).toHaveTextContent(
      'Line 2: The AND NOT operator is not supported.',
    );

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Join of line 2' }), 'OR');
    await user.click(dialog.getByRole('button', { name: 'Add a condition to the top level' }));
    await user.selectOptions(
      dialog.getByRole('combobox', { name: 'Operator of line 3' }),
      'is empty',
    );
    expect(await broken(dialog)).toHaveTextContent(
      'Top level: Each filtering level may only use one type of operator',
    );
    expect(okButton(dialog)).toBeDisabled();
  });

  it('groups conditions in a level, removes lines, and an empty filter saves none', async () => {
    const { dialog, user, ...h } = await openFilterEditor();
    await user.click(dialog.getByRole('button', { name: 'Add a condition to the top level' }));
    await user.selectOptions(
      dialog.getByRole('combobox', { name: 'Operator of line 1' }),
      'is not empty',
    );
    await user.click(dialog.getByRole('button', { name: 'Add a level to the top level' }));
    const level = within(dialog.getByRole('group', { name: 'Filter level 2' }));
    await user.click(level.getByRole('button', { name: 'Add a condition to the level 2' }));
    await user.click(level.getByRole('button', { name: 'Add a condition to the level 2' }));
    await user.selectOptions(level.getByRole('combobox', { name: 'Join of line 2.2' }), 'OR');
    for (const [line, value] of [
      ['2.1', '1'],
      ['2.2', '2'],
    ] as const) {
      const expression = level.getByRole('combobox', { name: `Expression of line ${line}` });
      await user.clear(expression);
      await user.type(expression, 'Amount');
      await user.type(level.getByRole('textbox', { name: `Value of line ${line}` }), value);
    }
    expect(
      await dialog.findByText('Id is not empty AND (Amount = 1 OR Amount = 2)'),
    ).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Remove line 2.1' }));
    expect(await dialog.findByText('Id is not empty AND (Amount = 2)')).toBeInTheDocument();
    await user.click(okButton(dialog));
    expect(screen.getByText('Id is not empty AND (Amount = 2)')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Edit the filter...' }));
    const again = within(await screen.findByRole('dialog', { name: 'Edit the filter' }));
    await user.click(again.getByRole('button', { name: 'Remove line 2' }));
    await user.click(again.getByRole('button', { name: 'Remove line 1' }));
    expect(again.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(again.getByRole('button', { name: 'OK' }));
    expect(screen.getByText('No filter: every record of the remote object.')).toBeVisible();
    expect(draftActivity(h, 'crmImport')).toMatchObject({ import: { filter: null } });
  });

  it('Cancel keeps the filter as it was', async () => {
    const saved: CrmFilterNode = { kind: 'condition', left: 'Amount', operator: '>=', right: '5' };
    const { dialog, user, ...h } = await openFilterEditor(saved);
    expect(dialog.getByRole('textbox', { name: 'Value of line 1' })).toHaveValue('5');
    await user.click(dialog.getByRole('button', { name: 'Remove line 1' }));
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByText('Amount ≥ 5')).toBeVisible();
    expect(draftActivity(h, 'crmImport')).toMatchObject({ import: { filter: saved } });
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });

  it('refuses OK until the service has checked the filter as it stands', async () => {
    // The check answers when the test says: what shows while main is still checking.
    const waiting: (() => void)[] = [];
    const answerChecks = () => act(() => waiting.splice(0).forEach((answer) => answer()));
    const saved: CrmFilterNode = { kind: 'condition', left: 'Amount', operator: '>', right: '5' };
    const { dialog, user } = await openFilterEditor(saved, {
      'workflows.checkCrmFilter': (arg) =>
        new Promise((resolve) =>
          waiting.push(() => resolve(checkFilter(arg as { filter: CrmFilterNode }))),
        ),
    });
    await answerChecks();
    expect(await dialog.findByText('Amount > 5')).toBeInTheDocument();
    expect(okButton(dialog)).toBeEnabled();

    await user.type(dialog.getByRole('textbox', { name: 'Value of line 1' }), 'x');
    expect(dialog.getByLabelText('Checking the filter')).toBeInTheDocument();
    expect(okButton(dialog)).toBeDisabled();

    await answerChecks();
    expect(await broken(dialog)).toHaveTextContent("Line 1: The value '5x' cannot be evaluated");
    expect(okButton(dialog)).toBeDisabled();
  });

  it('words a refused check without internal paths, and keeps OK disabled', async () => {
    const saved: CrmFilterNode = { kind: 'condition', left: 'Amount', operator: '>', right: '5' };
    const { dialog, user } = await openFilterEditor(saved);
    await dialog.findByText('Amount > 5');
    // Main checks the argument against the contract first, as its dispatcher does.
    const value = dialog.getByRole('textbox', { name: 'Value of line 1' });
    await user.clear(value);
    await user.click(value);
    await user.paste('9'.repeat(2001));

    const alert = await broken(dialog);
    expect(alert).toHaveTextContent('The filter could not be checked');
    expect(alert).toHaveTextContent('Enter at most 2000 characters.');
    expect(alert).not.toHaveTextContent(/filter\.|node|Too big/);
    expect(okButton(dialog)).toBeDisabled();
  });
});
