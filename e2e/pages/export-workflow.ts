import { expect, test } from '@playwright/test';
import type { ColumnMapping } from './activity-panel';
import type { WorkflowEditor } from './workflow-editor';

/** What an export to one CRM differs by; the rest of the workflow is the seed's, the same. */
export interface ExportToCrm {
  /** The external account's label, as the CRM connector's list shows it. */
  account: string;
  remoteObject: string;
  /** The Recipients column holding this CRM's id: its name and its label in Query. */
  idColumn: { name: string; label: string };
  /** Recipients' columns to the remote object's fields. */
  mapping: readonly ColumnMapping[];
}

/**
 * Builds and saves the seed's export on an open, empty workflow: Query (Recipients without the
 * CRM's id) → CRM connector (Export, Process rejects) → Update data (the CRM's id written back
 * by recipient id) → End, and the connector's Reject to the same End.
 */
export async function buildExportWorkflow(editor: WorkflowEditor, crm: ExportToCrm): Promise<void> {
  await test.step(`Query: Recipients whose ${crm.idColumn.label} is empty`, async () => {
    const query = await editor.add('query', 'query');
    await query.query('nmsRecipient', [{ column: crm.idColumn.label, operator: 'is empty' }]);
    await editor.drag('start', 'ok', 'query');
  });

  await test.step(`CRM connector: Export to CRM, ${crm.remoteObject}, mapping; Process rejects`, async () => {
    const connector = await editor.add('crmConnector', 'crmConnector');
    await connector.crmTarget(crm.account, 'export', crm.remoteObject);
    await connector.exportMapping(crm.mapping);
    await connector.tab('Behavior');
    await connector.setChecked('Process rejects', true);
    await expect(editor.handle('crmConnector', 'reject')).toBeAttached();
    await editor.lead('query', 'ok', 'crmConnector', 'CRM connector');
  });

  await test.step('Update data: the CRM id written back by recipient id; Reject to an End', async () => {
    const update = await editor.add('updateData', 'updateData');
    await update.updateData({
      table: 'nmsRecipient',
      operation: 'update',
      reconciliation: ['id'],
      mapping: [
        { source: 'id', destination: 'id' },
        { source: 'crmId', destination: crm.idColumn.name },
      ],
    });
    await editor.lead('crmConnector', 'ok', 'updateData', 'Update data');
    await editor.add('end', 'end');
    await editor.drag('crmConnector', 'reject', 'end');
    await editor.lead('updateData', 'ok', 'end', 'End');
    await editor.save();
  });
}
