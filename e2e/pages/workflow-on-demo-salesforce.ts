import type { ConsoleApp } from '../fixtures/console-app';
import { configureDemoAccount, type DemoAccount } from './demo-account';
import { demoSalesforce } from './demo-salesforce';
import { setUpAndLogOn } from './first-steps';
import type { MainWindow } from './main-window';
import type { WorkflowEditor } from './workflow-editor';
import { WorkflowsView } from './workflows-view';

export interface WorkflowOnDemo {
  main: MainWindow;
  workflows: WorkflowsView;
  editor: WorkflowEditor;
}

/**
 * What a workflow on the CRM needs first, on a fresh data folder: the instance, a Demo account
 * configured with the tables given and its schema approved, then a new workflow open in the
 * editor.
 */
export async function newWorkflowOnDemo(
  app: ConsoleApp,
  demo: DemoAccount,
  tables: readonly string[],
  workflow: { label: string; name: string },
): Promise<WorkflowOnDemo> {
  const main = await setUpAndLogOn(app);
  await configureDemoAccount(app, main, demo, tables);
  const workflows = await new WorkflowsView(app.page).show();
  const editor = await workflows.create(workflow.label, workflow.name);
  return { main, workflows, editor };
}

/** The same on Demo Salesforce with Contact. */
export function newWorkflowOnDemoSalesforce(
  app: ConsoleApp,
  workflow: { label: string; name: string },
): Promise<WorkflowOnDemo> {
  return newWorkflowOnDemo(app, demoSalesforce, ['Contact'], workflow);
}
