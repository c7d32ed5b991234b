import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureCertificates,
  type EmulatorCertificates,
} from '../../emulators/framework/certificates';

const childScript = fileURLToPath(new URL('./test-support/trust-child.ts', import.meta.url));

interface Authority {
  certificates: EmulatorCertificates;
  server: Server;
  url: string;
}

/** A CA of its own, and an HTTPS server on 127.0.0.1 with a certificate it signed. */
async function authority(dir: string): Promise<Authority> {
  const certificates = await ensureCertificates(dir);
  const server = createServer(
    { cert: certificates.serverPem, key: certificates.serverKeyPem },
    (_req, res) => res.end('ok'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { certificates, server, url: `https://127.0.0.1:${port}/` };
}

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`child exited ${code}`)),
    );
  });
}

describe('trustAuthority', () => {
  let dir: string;
  let fromEnvironment: Authority;
  let added: Authority;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-console-tls-'));
    [fromEnvironment, added] = await Promise.all([
      authority(join(dir, 'company')),
      authority(join(dir, 'emulators')),
    ]);
  });
  afterAll(async () => {
    fromEnvironment.server.close();
    added.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds to the authorities of NODE_EXTRA_CA_CERTS, never replaces them', async () => {
    const results = await runChild([added.certificates.caFile, added.url, fromEnvironment.url], {
      ...process.env,
      NODE_EXTRA_CA_CERTS: fromEnvironment.certificates.caFile,
    });
    expect(results).toEqual(['200', '200']);
  });

  it('still refuses a server no trusted authority signed', async () => {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const results = await runChild([added.certificates.caFile, fromEnvironment.url], env);
    expect(results).toEqual(['UNABLE_TO_VERIFY_LEAF_SIGNATURE']);
  });
});
