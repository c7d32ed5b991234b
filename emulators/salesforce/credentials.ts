import { z } from 'zod';
import { demoLogins } from '../../shared/domain/demo-accounts';
import { alphanumeric, loadCredentialsFile, randomText } from '../framework/credentials-file';

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

function newCredentials(): SalesforceCredentials {
  return {
    username: demoLogins.salesforce,
    password: `Demo-${randomText(12)}`,
    securityToken: randomText(24),
    clientId: `3MVG9${randomText(80, `${alphanumeric}._`)}`,
    clientSecret: randomText(64, '0123456789ABCDEF'),
  };
}

/** The Salesforce emulator's credentials, made once per data folder (`salesforce.json`, 0600). */
export function loadSalesforceCredentials(dataDir: string): Promise<SalesforceCredentials> {
  return loadCredentialsFile(
    dataDir,
    'salesforce',
    credentialsSchema,
    newCredentials,
    'Salesforce',
  );
}
