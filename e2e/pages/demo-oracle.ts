import type { ConsoleApp } from '../fixtures/console-app';
import { configureDemoAccount } from './demo-account';
import { setUpAndLogOn } from './first-steps';
import type { MainWindow } from './main-window';
import type { WorkflowEditor } from './workflow-editor';
import { WorkflowsView } from './workflows-view';

export const demoOracleAccount = 'demoOracle';
/** The account's label, as the CRM connector's "External account" list shows it. */
export const demoOracleLabel = 'Demo Oracle On Demand';
export const demoOracleSchema = 'ood:oodSchemademoOracle';
/** An Oracle On Demand Contact row id, as the emulator makes them: AYCA- and six characters. */
export const oracleContactId = /^AYCA-[0-9A-Z]{6}$/;

/** Demo Oracle On Demand configured with the tables given, its schema approved. */
export function configureDemoOracle(
  app: ConsoleApp,
  main: MainWindow,
  tables: readonly string[] = ['Contact'],
): Promise<void> {
  return configureDemoAccount(
    app,
    main,
    { name: demoOracleAccount, label: demoOracleLabel, schema: demoOracleSchema },
    tables,
  );
}

/** A fresh instance, Demo Oracle On Demand configured with Contact, a new workflow open. */
export async function newWorkflowOnDemoOracle(
  app: ConsoleApp,
  workflow: { label: string; name: string },
): Promise<{ main: MainWindow; workflows: WorkflowsView; editor: WorkflowEditor }> {
  const main = await setUpAndLogOn(app);
  await configureDemoOracle(app, main, ['Contact']);
  const workflows = await new WorkflowsView(app.page).show();
  const editor = await workflows.create(workflow.label, workflow.name);
  return { main, workflows, editor };
}
