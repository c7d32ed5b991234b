import { X509Certificate, createPrivateKey, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { createSelfSignedCertificate, certificateFiles } from '../framework/certificates';
import { loadSecretJson, readTextIfExists, writeFileAtomic } from '../framework/private-files';

/** What a client needs to sign in to the Dynamics emulator's identity service. */
export interface DynamicsCredentials {
  /** The directory (tenant) id: the authority is `<origin>/<tenant>`. */
  tenant: string;
  /** The app registration's application (client) id. */
  clientId: string;
  username: string;
  password: string;
}

/** The app registration's certificate, for the client-credentials flow. */
export interface ClientCertificate {
  certificatePem: string;
  privateKeyPem: string;
  certificateFile: string;
  privateKeyFile: string;
  /** SHA-1 thumbprint, upper-case hex, as the portal shows it (`x5t`). */
  thumbprint: string;
  /** SHA-256 thumbprint, upper-case hex (`x5t#S256`). */
  thumbprintSha256: string;
}

const credentialsSchema = z.object({
  tenant: z.uuid(),
  clientId: z.uuid(),
  username: z.string().min(1),
  password: z.string().min(1),
});

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  return Array.from(randomBytes(length), (byte) => alphanumeric[byte % alphanumeric.length]).join(
    '',
  );
}

export const dynamicsFiles = (dataDir: string) => {
  const dir = certificateFiles(dataDir).dir;
  return {
    credentials: join(dir, 'dynamics.json'),
    certificate: join(dir, 'dynamics-client.pem'),
    privateKey: join(dir, 'dynamics-client-key.pem'),
    writes: join(dir, 'dynamics-writes.jsonl'),
  };
};

/**
 * The emulator's credentials, created once per data folder (random, readable by the user alone
 * in `<dataDir>/emulators/dynamics.json`) so that accounts pointing at it keep working. A
 * corrupt file is an error, never silently replaced.
 */
export function loadDynamicsCredentials(dataDir: string): Promise<DynamicsCredentials> {
  return loadSecretJson(
    dynamicsFiles(dataDir).credentials,
    credentialsSchema,
    () => ({
      tenant: randomUUID(),
      clientId: randomUUID(),
      username: 'admin@crm-console-demo.onmicrosoft.example',
      password: `Demo-${randomText(14)}`,
    }),
    'Dynamics emulator credentials',
  );
}

function thumbprints(certificatePem: string): { sha1: string; sha256: string } {
  const cert = new X509Certificate(certificatePem);
  return {
    sha1: cert.fingerprint.replaceAll(':', ''),
    sha256: cert.fingerprint256.replaceAll(':', ''),
  };
}

/**
 * The app registration's client certificate, made on first start (two years, as the portal
 * suggests) and made anew when unreadable or ended; its key is kept 0600.
 */
export async function loadClientCertificate(
  dataDir: string,
  now: Date,
): Promise<ClientCertificate> {
  const files = dynamicsFiles(dataDir);
  let [certificatePem, privateKeyPem] = await Promise.all([
    readTextIfExists(files.certificate),
    readTextIfExists(files.privateKey),
  ]);
  if (!certificatePem || !privateKeyPem || !usable(certificatePem, privateKeyPem, now)) {
    const made = await createSelfSignedCertificate('CRM Console Dynamics client', now, 730);
    certificatePem = made.certPem;
    privateKeyPem = made.keyPem;
    await writeFileAtomic(files.privateKey, privateKeyPem, { secret: true });
    await writeFileAtomic(files.certificate, certificatePem, { secret: false });
  }
  const { sha1, sha256 } = thumbprints(certificatePem);
  return {
    certificatePem,
    privateKeyPem,
    certificateFile: files.certificate,
    privateKeyFile: files.privateKey,
    thumbprint: sha1,
    thumbprintSha256: sha256,
  };
}

function usable(certificatePem: string, privateKeyPem: string, now: Date): boolean {
  try {
    const cert = new X509Certificate(certificatePem);
    return (
      new Date(cert.validTo).getTime() > now.getTime() &&
      cert.checkPrivateKey(createPrivateKey(privateKeyPem))
    );
  } catch {
    return false;
  }
}
