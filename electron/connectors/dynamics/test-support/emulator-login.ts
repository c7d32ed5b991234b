import type { DynamicsFixture } from '../../../../emulators/test-support/dynamics';
import type { DynamicsLogin } from '../dynamics-connector';

/** The connector's login to a test emulator: msal-node's password grant, in English. */
export function emulatorLogin(f: DynamicsFixture): DynamicsLogin {
  return {
    serverUrl: f.dyn.serverUrl,
    authority: f.dyn.authority,
    clientId: f.dyn.credentials.clientId,
    scope: f.dyn.scope,
    credentials: {
      kind: 'password',
      username: f.dyn.credentials.username,
      password: f.dyn.credentials.password,
    },
    languageCode: 1033,
  };
}
