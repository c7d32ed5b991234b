import { z } from 'zod';
import { loadCredentialsFile, randomText } from '../framework/credentials-file';

/** What a client needs to sign in to the Oracle emulator: `COMPANY/user` and a password. */
export interface OracleCredentials {
  username: string;
  password: string;
}

const credentialsSchema = z.object({
  username: z.string().regex(/^[^/\s]+\/[^/\s]+$/),
  password: z.string().min(1),
});

function newCredentials(): OracleCredentials {
  return { username: 'CRMCONSOLE-DEMO/ADMIN', password: `Demo-${randomText(12)}` };
}

/** The Oracle emulator's credentials, made once per data folder (`oracle.json`, 0600). */
export function loadOracleCredentials(dataDir: string): Promise<OracleCredentials> {
  return loadCredentialsFile(dataDir, 'oracle', credentialsSchema, newCredentials, 'Oracle');
}
