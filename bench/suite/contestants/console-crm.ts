import type { Connector } from '../../../electron/connectors/connector';
import { systemClock } from '../../../electron/core/clock';
import {
  DynamicsConnector,
  type DynamicsLogin,
} from '../../../electron/connectors/dynamics/dynamics-connector';
import {
  OracleConnector,
  type OracleConnection,
} from '../../../electron/connectors/oracle/oracle-connector';
import type { DynamicsEmulatorLogin, OracleEmulatorLogin } from '../../workflows/emulator-process';
import { exportActivity, importActivity } from '../../workflows/scenario';
import { consoleSession, timedExport, timedImport } from './console-salesforce';

type Timed = (work: () => Promise<number>) => Promise<number>;

export function dynamicsLogin(login: DynamicsEmulatorLogin): DynamicsLogin {
  return {
    serverUrl: login.serverUrl,
    authority: login.authority,
    clientId: login.clientId,
    scope: `${login.serverUrl}/.default`,
    credentials: { kind: 'password', username: login.username, password: login.password },
    languageCode: 1033,
  };
}

export function oracleConnection(login: OracleEmulatorLogin): OracleConnection {
  return {
    login: { serverUrl: login.serverUrl, username: login.username, password: login.password },
    version: 'v2.0',
    timeZone: login.timeZone,
  };
}

/** The bench's eight contact fields under each CRM's names (the record id comes on its own). */
const importFields = {
  contact: [
    'firstname',
    'lastname',
    'emailaddress1',
    'telephone1',
    'address1_city',
    'birthdate',
    'donotemail',
    'modifiedon',
  ],
  Contact: [
    'ContactFirstName',
    'ContactLastName',
    'ContactEmail',
    'WorkPhone',
    'AlternateCity',
    'DateofBirth',
    'NeverEmail',
    'ModifiedDate',
  ],
} as const;

/** The console's Import from CRM of `table`'s eight fields into a work table, timed as a whole. */
async function consoleCrmImport(
  dir: string,
  connect: () => Promise<Connector>,
  table: keyof typeof importFields,
  timed: Timed,
): Promise<number> {
  const session = await consoleSession(dir, connect, table);
  const activity = {
    ...importActivity,
    remoteObject: table,
    import: { fields: importFields[table].map((remote) => ({ remote })) },
  };
  return timedImport(session, activity, timed);
}

export const consoleDynamicsImport = (login: DynamicsEmulatorLogin, dir: string, timed: Timed) =>
  consoleCrmImport(
    dir,
    () => DynamicsConnector.connect(dynamicsLogin(login), systemClock),
    'contact',
    timed,
  );

/**
 * The console's Oracle import; `sessions` is told how many Web Services sessions the
 * connectors of the run opened (the request-rate bound is counted per session).
 */
export async function consoleOracleImport(
  login: OracleEmulatorLogin,
  dir: string,
  timed: Timed,
  sessions: (count: number) => void,
): Promise<number> {
  const opened: OracleConnector[] = [];
  const records = await consoleCrmImport(
    dir,
    async () => {
      const connector = await OracleConnector.connect(oracleConnection(login));
      opened.push(connector);
      return connector;
    },
    'Contact',
    timed,
  );
  // The first connector only described the table for the bench; the import's is the last.
  sessions(opened.at(-1)?.sessionsOpened ?? 0);
  return records;
}

/** The console's Export to CRM in batches of `count` recipients, inserted as new contacts. */
export async function consoleDynamicsExport(
  login: DynamicsEmulatorLogin,
  dir: string,
  count: number,
  timed: Timed,
): Promise<number> {
  const connect = () => DynamicsConnector.connect(dynamicsLogin(login), systemClock);
  const session = await consoleSession(dir, connect, 'contact');
  const activity = {
    ...exportActivity,
    remoteObject: 'contact',
    export: {
      ...exportActivity.export,
      mapping: [
        { source: 'firstName', remote: 'firstname' },
        { source: 'lastName', remote: 'lastname' },
        { source: 'email', remote: 'emailaddress1' },
      ],
    },
  };
  return timedExport(session, activity, count, timed);
}
