import type { ConsoleApp } from '../fixtures/console-app';
import type { DemoAccount } from './demo-account';
import { newWorkflowOnDemo, type WorkflowOnDemo } from './workflow-on-demo-salesforce';

export const demoOracle: DemoAccount = {
  name: 'demoOracle',
  label: 'Demo Oracle On Demand',
  schema: 'ood:oodSchemademoOracle',
};
export const demoOracleAccount = demoOracle.name;
/** The account's label, as the CRM connector's "External account" list shows it. */
export const demoOracleLabel = demoOracle.label;
export const demoOracleSchema = demoOracle.schema;
/** An Oracle On Demand Contact row id, as the emulator makes them: AYCA- and six characters. */
export const oracleContactId = /^AYCA-[0-9A-Z]{6}$/;

/** A fresh instance, Demo Oracle On Demand configured with Contact, a new workflow open. */
export function newWorkflowOnDemoOracle(
  app: ConsoleApp,
  workflow: { label: string; name: string },
): Promise<WorkflowOnDemo> {
  return newWorkflowOnDemo(app, demoOracle, ['Contact'], workflow);
}
