import { SettableClock, systemClock } from '../../electron/core/clock';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certificateFiles, ensureCertificates, loadCertificates } from './certificates';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-emulator-certs-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('emulator certificates', () => {
  it('creates a CA and a server certificate for 127.0.0.1, ::1 and localhost, keys private', async () => {
    const certs = await ensureCertificates(dataDir);
    const files = certificateFiles(dataDir);
    expect(certs.caFile).toBe(files.ca);
    expect(await readFile(files.ca, 'utf8')).toBe(certs.caPem);
    const ca = new X509Certificate(certs.caPem);
    const server = new X509Certificate(certs.serverPem);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkIP('::1')).toBeDefined();
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkHost('example.com')).toBeUndefined();
    if (process.platform !== 'win32') {
      expect((await stat(files.caKey)).mode & 0o777).toBe(0o600);
      expect((await stat(files.serverKey)).mode & 0o777).toBe(0o600);
    }
  });

  it('reuses them on later starts, and emulators starting together share one CA', async () => {
    const together = await Promise.all([loadCertificates(dataDir), loadCertificates(dataDir)]);
    expect(together[1]).toEqual(together[0]);
    const later = await ensureCertificates(dataDir);
    expect(later).toEqual(together[0]);
  });

  it('re-issues a server certificate near its end, keeping the CA users may have imported', async () => {
    const first = await ensureCertificates(dataDir);
    const later = new SettableClock(systemClock.now() + 380 * 24 * 60 * 60 * 1000);
    const renewed = await ensureCertificates(dataDir, later);
    expect(renewed.caPem).toBe(first.caPem);
    expect(renewed.serverPem).not.toBe(first.serverPem);
    expect(
      new X509Certificate(renewed.serverPem).verify(new X509Certificate(first.caPem).publicKey),
    ).toBe(true);
  });

  it('replaces certificates issued while the clock was ahead, which TLS would not accept yet', async () => {
    const ahead = new SettableClock(systemClock.now() + 548 * 24 * 60 * 60 * 1000);
    const early = await ensureCertificates(dataDir, ahead);
    const now = await ensureCertificates(dataDir);
    expect(now.caPem).not.toBe(early.caPem);
    expect(now.serverPem).not.toBe(early.serverPem);
    const validFrom = Date.parse(new X509Certificate(now.serverPem).validFrom);
    expect(validFrom).toBeLessThanOrEqual(systemClock.now());
  });

  it('replaces a damaged CA together with the server certificate', async () => {
    const first = await ensureCertificates(dataDir);
    await writeFile(certificateFiles(dataDir).ca, 'not a certificate');
    const second = await ensureCertificates(dataDir);
    expect(second.caPem).not.toBe(first.caPem);
    expect(
      new X509Certificate(second.serverPem).verify(new X509Certificate(second.caPem).publicKey),
    ).toBe(true);
  });
});
