import { X509Certificate, createPrivateKey, generateKeyPair, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { systemClock, type Clock } from '../../electron/core/clock';
import { readTextIfExists, writeFileAtomic } from './private-files';

/** PEM texts of the emulators' private CA and of the server certificate it signed. */
export interface EmulatorCertificates {
  caPem: string;
  caFile: string;
  serverPem: string;
  serverKeyPem: string;
}

const generateKeyPairAsync = promisify(generateKeyPair);
const day = 24 * 60 * 60 * 1000;
/** Hosts every emulator answers on; the server certificate names them all. */
const serverIps = ['127.0.0.1', '::1'];
const serverDnsNames = ['localhost'];
/** A server certificate closer than this to its end is replaced at start. */
const renewBefore = 30 * day;

export function certificateFiles(dataDir: string) {
  const dir = join(dataDir, 'emulators');
  return {
    dir,
    ca: join(dir, 'ca.pem'),
    caKey: join(dir, 'ca-key.pem'),
    server: join(dir, 'server.pem'),
    serverKey: join(dir, 'server-key.pem'),
  };
}

const loading = new Map<string, Promise<EmulatorCertificates>>();

/**
 * `ensureCertificates`, with concurrent calls for one folder sharing one run: emulators started
 * together on a fresh folder must not each create a CA.
 */
export function loadCertificates(dataDir: string): Promise<EmulatorCertificates> {
  const pending = loading.get(dataDir);
  if (pending) return pending;
  const run = ensureCertificates(dataDir).finally(() => loading.delete(dataDir));
  loading.set(dataDir, run);
  return run;
}

/**
 * Loads the CA and server certificate from `<dataDir>/emulators/`, creating them on first
 * start. A valid CA is kept for good (users may have imported it); the server certificate is
 * re-issued when it is missing, expiring, or no longer signed by that CA. TLS clients check
 * validity against the system's clock, so that is the clock certificates are issued by, whatever
 * clock the emulator's data runs on.
 */
export async function ensureCertificates(
  dataDir: string,
  clock: Clock = systemClock,
): Promise<EmulatorCertificates> {
  const now = new Date(clock.now());
  const files = certificateFiles(dataDir);
  const [caPem, caKeyPem, serverPem, serverKeyPem] = await Promise.all(
    [files.ca, files.caKey, files.server, files.serverKey].map(readTextIfExists),
  );
  let ca = caPem && caKeyPem && validCa(caPem, caKeyPem, now) ? { caPem, caKeyPem } : null;
  if (!ca) {
    ca = await createCa(now);
    await writeFileAtomic(files.caKey, ca.caKeyPem, { secret: true });
    await writeFileAtomic(files.ca, ca.caPem, { secret: false });
  } else if (serverPem && serverKeyPem && validServer(serverPem, serverKeyPem, ca.caPem, now)) {
    return { caPem: ca.caPem, caFile: files.ca, serverPem, serverKeyPem };
  }
  const server = await createServerCertificate(ca.caPem, ca.caKeyPem, now);
  await writeFileAtomic(files.serverKey, server.keyPem, { secret: true });
  await writeFileAtomic(files.server, server.certPem, { secret: false });
  return {
    caPem: ca.caPem,
    caFile: files.ca,
    serverPem: server.certPem,
    serverKeyPem: server.keyPem,
  };
}

/**
 * Already valid and not about to end: a certificate issued while the system's clock was ahead
 * (moved back since) is not valid yet, and TLS clients would refuse it.
 */
function inValidity(cert: X509Certificate, now: Date): boolean {
  return (
    new Date(cert.validFrom).getTime() <= now.getTime() &&
    new Date(cert.validTo).getTime() > now.getTime() + renewBefore
  );
}

function validCa(caPem: string, caKeyPem: string, now: Date): boolean {
  try {
    const cert = new X509Certificate(caPem);
    return cert.ca && inValidity(cert, now) && cert.checkPrivateKey(createPrivateKey(caKeyPem));
  } catch {
    return false;
  }
}

function validServer(serverPem: string, keyPem: string, caPem: string, now: Date): boolean {
  try {
    const cert = new X509Certificate(serverPem);
    const ca = new X509Certificate(caPem);
    return (
      cert.verify(ca.publicKey) &&
      cert.checkIssued(ca) &&
      inValidity(cert, now) &&
      serverIps.every((ip) => cert.checkIP(ip) !== undefined) &&
      serverDnsNames.every((host) => cert.checkHost(host) !== undefined) &&
      cert.checkPrivateKey(createPrivateKey(keyPem))
    );
  } catch {
    return false;
  }
}

/** RSA keys come from Node's native generator (fast); forge only assembles and signs X.509. */
async function newRsaKeys(): Promise<{ publicPem: string; privatePem: string }> {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return { publicPem: publicKey, privatePem: privateKey };
}

function newCertificate(publicPem: string, now: Date, validDays: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicPem);
  const serial = randomBytes(16);
  // Positive and minimally encoded: top bit clear, next bit set.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - day);
  cert.validity.notAfter = new Date(now.getTime() + validDays * day);
  return cert;
}

async function createCa(now: Date): Promise<{ caPem: string; caKeyPem: string }> {
  const keys = await newRsaKeys();
  const cert = newCertificate(keys.publicPem, now, 3650);
  const subject = [
    { name: 'commonName', value: 'CRM Connector Console Emulators CA' },
    { name: 'organizationName', value: 'CRM Connector Console' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keys.privatePem), forge.md.sha256.create());
  return { caPem: forge.pki.certificateToPem(cert), caKeyPem: keys.privatePem };
}

async function createServerCertificate(
  caPem: string,
  caKeyPem: string,
  now: Date,
): Promise<{ certPem: string; keyPem: string }> {
  const ca = forge.pki.certificateFromPem(caPem);
  const keys = await newRsaKeys();
  // 397 days: the longest lifetime browsers accept for a server certificate.
  const cert = newCertificate(keys.publicPem, now, 397);
  cert.setSubject([{ name: 'commonName', value: 'CRM emulators (127.0.0.1)' }]);
  cert.setIssuer(ca.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...serverDnsNames.map((value) => ({ type: 2, value })),
        ...serverIps.map((ip) => ({ type: 7, ip })),
      ],
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(caKeyPem), forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
}

/**
 * A self-signed certificate and its key, as an app registration's client certificate is:
 * the identity services verify client assertions against its public key.
 */
export async function createSelfSignedCertificate(
  commonName: string,
  now: Date,
  validDays: number,
): Promise<{ certPem: string; keyPem: string }> {
  const keys = await newRsaKeys();
  const cert = newCertificate(keys.publicPem, now, validDays);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keys.privatePem), forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
}
