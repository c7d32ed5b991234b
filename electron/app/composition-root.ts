import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NamedCollection } from '../services/collections/named-collection';
import { LogonThrottle } from '../services/session/logon-throttle';
import { SessionService } from '../services/session/session-service';
import { ConfigStore } from '../storage/config/config-store';
import { AesGcmCipher } from '../storage/secrets/aes-gcm-cipher';
import type { SecretCipher } from '../storage/secrets/secret-cipher';
import { Dispatcher, type Logger } from './dispatcher';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';

export interface ConsoleCoreOptions {
  dataDir: string;
  /** The OS keychain cipher when the host has one (Electron safeStorage); else AES-GCM. */
  cipher?: SecretCipher;
  now?: () => number;
  log?: Logger;
}

export interface ConsoleCore {
  dataDir: string;
  dispatcher: Dispatcher;
  events: EventBus;
  session: SessionService;
  cipher: SecretCipher;
}

export const configFileName = 'config.json';

const logToStderr: Logger = (message, error) => {
  console.error(message, error instanceof Error ? error.stack : error);
};

/** The composition root: every service is built and wired here, for both hosts. */
export async function createConsoleCore(options: ConsoleCoreOptions): Promise<ConsoleCore> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const store = await ConfigStore.open(join(dataDir, configFileName));
  const cipher = options.cipher ?? (await AesGcmCipher.fromKeyFile(join(dataDir, 'secret.key')));
  const events = new EventBus();
  const session = new SessionService(store, new LogonThrottle(options.now ?? Date.now), events);
  const handlers = createHandlers({
    session,
    options: new NamedCollection(store, 'options', 'Option'),
    enumerations: new NamedCollection(store, 'enumerations', 'Enumeration'),
  });
  const dispatcher = new Dispatcher(handlers, session, options.log ?? logToStderr);
  return { dataDir, dispatcher, events, session, cipher };
}
