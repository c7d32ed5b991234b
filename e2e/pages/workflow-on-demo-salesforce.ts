import type { ConsoleApp } from '../fixtures/console-app';
import { configureDemoSalesforce } from './demo-salesforce';
import { setUpAndLogOn } from './first-steps';
import type { MainWindow } from './main-window';
import type { WorkflowEditor } from './workflow-editor';
import { WorkflowsView } from './workflows-view';

export interface WorkflowOnDemoSalesforce {
  main: MainWindow;
  workflows: WorkflowsView;
  editor: WorkflowEditor;
}

/**
 * What a workflow on the CRM needs first, on a fresh data folder: the instance, Demo Salesforce
 * configured with Contact and its schema approved, then a new workflow open in the editor.
 */
export async function newWorkflowOnDemoSalesforce(
  app: ConsoleApp,
  workflow: { label: string; name: string },
): Promise<WorkflowOnDemoSalesforce> {
  const main = await setUpAndLogOn(app);
  await configureDemoSalesforce(app, main, ['Contact']);
  const workflows = await new WorkflowsView(app.page).show();
  const editor = await workflows.create(workflow.label, workflow.name);
  return { main, workflows, editor };
}
