import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { loadSecretJson } from '../framework/private-files';

/** What a client needs to log in to the Salesforce emulator. */
export interface SalesforceCredentials {
  username: string;
  password: string;
  /** Appended to the password in the password grant, as Salesforce requires off trusted IPs. */
  securityToken: string;
  /** The connected app's consumer key and secret. */
  clientId: string;
  clientSecret: string;
}

const credentialsSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
  securityToken: z.string(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number, alphabet = alphanumeric): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

function newCredentials(): SalesforceCredentials {
  return {
    username: 'admin@crm-console-demo.example',
    password: `Demo-${randomText(12)}`,
    securityToken: randomText(24),
    clientId: `3MVG9${randomText(80, `${alphanumeric}._`)}`,
    clientSecret: randomText(64, '0123456789ABCDEF'),
  };
}

/**
 * The emulator's credentials, created once per data folder (random, kept readable by the user
 * alone in `<dataDir>/emulators/salesforce.json`) so that accounts pointing at it keep working.
 * A corrupt file is an error, never silently replaced.
 */
export function loadSalesforceCredentials(dataDir: string): Promise<SalesforceCredentials> {
  return loadSecretJson(
    join(dataDir, 'emulators', 'salesforce.json'),
    credentialsSchema,
    newCredentials,
    'Salesforce emulator credentials',
  );
}
