import { act } from '@testing-library/react';
import type { ExternalAccountView } from '../../shared/domain/accounts';
import type { CrmField, CrmTableDescription } from '../../shared/domain/crm';
import type { Activity, ActivityInput } from '../../shared/domain/workflows/activity-settings';
import {
  storedWorkflowSchema,
  type StoredWorkflow,
  type WorkflowInput,
} from '../../shared/domain/workflows/workflow-graph';
import { EditorMessages } from '../views/workflows/editor-messages';
import { EditorToolbar } from '../views/workflows/editor-toolbar';
import { ActivityProperties } from '../views/workflows/properties/activity-properties';
import type { FakeHandlers } from './fake-bridge';
import type { consoleHarness } from './render-with-stores';

export const demoAccount: ExternalAccountView = {
  name: 'demoSalesforce',
  label: 'Demo Salesforce',
  type: 'salesforce',
  enabled: true,
  comment: '',
  demo: true,
  configured: true,
  salesforce: { account: 'admin@demo.example', clientId: '', apiVersion: '49.0', sandbox: false },
  secrets: {
    password: { isSet: true },
    clientSecret: { isSet: false },
    securityToken: { isSet: false },
  },
};

const field = (name: string, crmType: string, type: CrmField['type']): CrmField => ({
  name,
  label: name,
  crmType,
  type,
  nillable: name !== 'Id',
  externalId: false,
});

/** A remote object of the demo account's approved schema. */
export const opportunity: CrmTableDescription = {
  name: 'Opportunity',
  label: 'Opportunity',
  idField: 'Id',
  modifiedFields: ['LastModifiedDate'],
  fields: [
    field('Id', 'id', 'string'),
    field('Name', 'string', 'string'),
    field('Amount', 'currency', 'double'),
    field('CloseDate', 'date', 'date'),
    field('StageName', 'picklist', 'string'),
    field('LastModifiedDate', 'datetime', 'datetime'),
  ],
};

const start: ActivityInput = {
  type: 'start',
  id: 'start',
  label: 'Start',
  position: { x: 0, y: 0 },
};

/** Version 1 of workflow `wkfTest`: a Start, then the activities given, with their defaults. */
export function storedWorkflow(...activities: ActivityInput[]): StoredWorkflow {
  return storedWorkflowSchema.parse({
    name: 'wkfTest',
    label: 'Test',
    version: 1,
    updatedAt: '2026-01-05T10:00:00.000Z',
    activities: [start, ...activities],
    transitions: [],
  });
}

/** Main's side of the editor: the workflow read, each valid save a new version. */
export function editorHandlers(workflow: StoredWorkflow): FakeHandlers {
  let saved = workflow;
  return {
    'workflows.get': () => saved,
    'workflows.runs': () => [],
    'workflows.checkActivity': () => [],
    'accounts.list': () => [demoAccount],
    'workflows.remoteObjects': () => [opportunity],
    'workflows.crmCapabilities': () => ({
      orderBy: true,
      sortOrFilterOnly: null,
      queryAll: true,
      deletedRetentionDays: 15,
      bulkApi: true,
    }),
    'workflows.update': ({ workflow: next }) => {
      // The fake bridge has checked the argument against the contract already.
      saved = storedWorkflowSchema.parse({
        ...(next as WorkflowInput),
        version: saved.version + 1,
        updatedAt: '2026-01-05T11:00:00.000Z',
      });
      return saved;
    },
  };
}

type Harness = ReturnType<typeof consoleHarness>;

/** The editor's toolbar, messages and property panel: what an activity is edited with. */
export function EditorPanel() {
  return (
    <>
      <EditorToolbar />
      <EditorMessages />
      <ActivityProperties />
    </>
  );
}

/** Opens `wkfTest` and selects one activity, as a click on the diagram does. */
export async function openActivity(harness: Harness, id: string) {
  const editor = harness.stores.workflowEditor;
  await act(() => editor.getState().open('wkfTest'));
  act(() => editor.getState().select({ kind: 'activity', id }));
}

/** The activity as the editor holds it now (what Save sends). */
export function draftActivity(harness: Harness, id: string): Activity | undefined {
  return harness.stores.workflowEditor.getState().draft?.activities.find((a) => a.id === id);
}
