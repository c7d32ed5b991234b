import { readFileSync } from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';

const extraAuthorities = new Set<string>();

/** Node 22.15+ (and Electron's Node) can list the store it verifies with; Node 20 cannot. */
type CertificateStore = { getCACertificates?: (type: 'default') => string[] };

/**
 * The authorities Node trusts by default: its bundled roots plus NODE_EXTRA_CA_CERTS (and the
 * system store where enabled). An agent given `ca` trusts only that list, so it must start here.
 */
export function defaultAuthorities(): string[] {
  const { getCACertificates } = tls as CertificateStore;
  if (getCACertificates) return getCACertificates('default');
  return [...tls.rootCertificates, ...extraCertificatesFile()];
}

/** Node 20 reads NODE_EXTRA_CA_CERTS at start without exposing it: read the same file again. */
function extraCertificatesFile(): string[] {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return [];
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    // Node itself warned at start that the file cannot be read, and trusts nothing from it.
    return [];
  }
}

/**
 * Adds a certificate authority to the ones Node's default HTTPS agent trusts, with verification
 * on. jsforce sends its requests through node-fetch without an agent of its own, so the default
 * agent is where a private CA (the console's CRM emulators', or a company's own) has to be
 * trusted; this is NODE_EXTRA_CA_CERTS at run time.
 */
export function trustAuthority(caPem: string): void {
  if (extraAuthorities.has(caPem)) return;
  extraAuthorities.add(caPem);
  const previous = https.globalAgent;
  // One secure context, built once: an agent given `ca` itself parses the ~150 certificates
  // again for each connection and puts their text in the pool key of every request (~8 ms a call).
  https.globalAgent = new https.Agent({
    secureContext: tls.createSecureContext({ ca: [...defaultAuthorities(), ...extraAuthorities] }),
    keepAlive: true,
  });
  previous.destroy();
}
