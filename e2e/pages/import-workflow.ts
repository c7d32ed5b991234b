import { test } from '@playwright/test';
import type { WorkflowEditor } from './workflow-editor';

/** What an import of contacts from one CRM differs by; the workflow is the same for all. */
export interface ImportFromCrm {
  /** The external account's label, as the CRM connector's list shows it. */
  account: string;
  remoteObject: string;
  /** The remote object's fields: its id, the e-mail deduplicated on, the names, the last change. */
  fields: { id: string; email: string; firstName: string; lastName: string; modified: string };
  /** The Recipients column holding this CRM's id, the one rows are reconciled on. */
  idColumn: string;
  /** Seconds a Wait holds the run before Update data, to watch it while it runs. */
  holdSeconds?: number;
}

/**
 * Builds, on an open workflow with its Start, the seed's import: CRM connector (Import from CRM,
 * a few fields) → Deduplication on the e-mail, keeping the most recently modified → (Wait) →
 * Update data (Insert or update Recipients reconciled on the CRM's id) → End. Saving is left to
 * the spec.
 */
export async function buildImportWorkflow(
  editor: WorkflowEditor,
  crm: ImportFromCrm,
): Promise<void> {
  const { id, email, firstName, lastName, modified } = crm.fields;
  await test.step(`CRM connector: Import from CRM, ${crm.remoteObject}, a few fields`, async () => {
    const connector = await editor.add('crmConnector', 'crmConnector');
    await connector.crmTarget(crm.account, 'import', crm.remoteObject);
    await connector.importFields([email, firstName, lastName, modified]);
    await editor.drag('start', 'ok', 'crmConnector');
  });

  await test.step(`Deduplication on ${email}, keeping the most recently modified`, async () => {
    const dedup = await editor.add('deduplication', 'deduplication');
    await dedup.deduplication([email], modified);
    await editor.lead('crmConnector', 'ok', 'deduplication', 'Deduplication');
  });

  let beforeUpdate = 'deduplication';
  if (crm.holdSeconds !== undefined) {
    const seconds = crm.holdSeconds;
    await test.step(`Wait: ${seconds} seconds before the update, to watch the run`, async () => {
      const wait = await editor.add('wait', 'wait');
      await wait.wait(seconds);
      await editor.lead('deduplication', 'ok', 'wait', 'Wait');
    });
    beforeUpdate = 'wait';
  }

  await test.step(`Update data: Insert or update Recipients reconciled on ${crm.idColumn}`, async () => {
    const update = await editor.add('updateData', 'updateData');
    await update.updateData({
      table: 'nmsRecipient',
      operation: 'upsert',
      reconciliation: [crm.idColumn],
      mapping: [
        { source: id, destination: crm.idColumn },
        { source: email, destination: 'email' },
        { source: firstName, destination: 'firstName' },
        { source: lastName, destination: 'lastName' },
      ],
    });
    await editor.lead(beforeUpdate, 'ok', 'updateData', 'Update data');
    await editor.add('end', 'end');
    await editor.lead('updateData', 'ok', 'end', 'End');
  });
}
