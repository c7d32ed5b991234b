import https from 'node:https';
import { rootCertificates } from 'node:tls';

const extraAuthorities = new Set<string>();

/**
 * Adds a certificate authority to the ones Node's default HTTPS agent trusts, next to the
 * system roots, with verification on. jsforce sends its requests through node-fetch without an
 * agent of its own, so the default agent is where a private CA (the console's CRM emulators',
 * or a company's own) has to be trusted; this is NODE_EXTRA_CA_CERTS at run time.
 */
export function trustAuthority(caPem: string): void {
  if (extraAuthorities.has(caPem)) return;
  extraAuthorities.add(caPem);
  const previous = https.globalAgent;
  https.globalAgent = new https.Agent({
    ca: [...rootCertificates, ...extraAuthorities],
    keepAlive: true,
  });
  previous.destroy();
}
