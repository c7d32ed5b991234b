import { createServer, type Server } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCertificates } from '../../../emulators/framework/certificates';
import { seedCertificates } from '../../../emulators/test-support/certificates';
import { trustAuthority } from '../tls-trust';
import { httpsRequest } from './oracle-http';

let dataDir: string;
let server: Server;
let origin: string;
let connections = 0;
/** The server drops a kept-alive connection when its second request comes, as after idling. */
const requestsOn = new WeakMap<Socket, number>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-oracle-http-'));
  await seedCertificates(dataDir);
  const certificates = await loadCertificates(dataDir);
  trustAuthority(certificates.caPem);
  server = createServer(
    { cert: certificates.serverPem, key: certificates.serverKeyPem },
    (req, res) => {
      const seen = requestsOn.get(req.socket) ?? 0;
      requestsOn.set(req.socket, seen + 1);
      if (seen > 0) req.socket.destroy();
      else res.end('answered');
    },
  );
  server.on('secureConnection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `https://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe('Oracle HTTPS requests', () => {
  it('sends a request again on a fresh connection when the kept-alive one was closed by the server', async () => {
    const ask = () =>
      httpsRequest(new URL('/Services/Integration', origin), {
        method: 'GET',
        headers: {},
        deadlineMs: 5000,
      });
    expect((await ask()).body).toBe('answered');
    // Sent on the kept-alive connection, which the server drops: sent again on a new one.
    expect((await ask()).body).toBe('answered');
    expect(connections).toBe(2);
  });
});
