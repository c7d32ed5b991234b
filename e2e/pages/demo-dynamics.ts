import type { DemoAccount } from './demo-account';

export const demoDynamics: DemoAccount = {
  name: 'demoDynamics',
  label: 'Demo Dynamics',
  schema: 'mscrm:mscrmSchemademoDynamics',
};
/** A Dataverse row id: a GUID, lower case. */
export const dynamicsRowId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
