import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../framework/certificates';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';

let f: DynamicsFixture;
beforeAll(async () => {
  f = await openDynamics();
});
afterAll(() => f.dispose());

function whoAmI(token: string): Promise<{ status: number; body: unknown }> {
  return apiRequest(f.dyn, 'GET', '/WhoAmI', { token });
}

describe('identity service with msal-node', () => {
  it('gives a token for the password grant, which WhoAmI accepts', async () => {
    const result = await f.publicClient().acquireTokenByUsernamePassword({
      scopes: [f.dyn.scope],
      username: f.dyn.credentials.username,
      password: f.dyn.credentials.password,
    });
    expect(result?.account?.username).toBe(f.dyn.credentials.username);
    expect(result?.tenantId).toBe(f.dyn.tenant);
    const answer = await whoAmI(result?.accessToken ?? '');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ UserId: f.dyn.organization.userId });
  });

  it('refuses a wrong password with invalid_grant AADSTS50126', async () => {
    const error = await f
      .publicClient()
      .acquireTokenByUsernamePassword({
        scopes: [f.dyn.scope],
        username: f.dyn.credentials.username,
        password: 'wrong',
      })
      .then(
        () => null,
        (e: unknown) => e as { errorCode: string; errorMessage: string },
      );
    expect(error?.errorCode).toBe('invalid_grant');
    expect(error?.errorMessage).toMatch(/Description: AADSTS50126: Error validating credentials/);
  });

  it('gives an app token for a certificate-signed assertion, by SHA-256 or SHA-1 thumbprint', async () => {
    const bySha256 = await f
      .confidentialClient()
      .acquireTokenByClientCredential({ scopes: [f.dyn.scope] });
    expect((await whoAmI(bySha256?.accessToken ?? '')).status).toBe(200);
    const bySha1 = await f
      .confidentialClient({
        thumbprint: f.dyn.certificate.thumbprint,
        privateKey: f.dyn.certificate.privateKeyPem,
      })
      .acquireTokenByClientCredential({ scopes: [f.dyn.scope] });
    expect(bySha1?.accessToken).toBeTruthy();
  });

  it('refuses a certificate the tenant does not know, with invalid_client', async () => {
    const other = await createSelfSignedCertificate('someone else', new Date(f.clock.now()), 30);
    const thumbprintSha256 = new X509Certificate(other.certPem).fingerprint256.replaceAll(':', '');
    const error = await f
      .confidentialClient({ thumbprintSha256, privateKey: other.keyPem })
      .acquireTokenByClientCredential({ scopes: [f.dyn.scope] })
      .then(
        () => null,
        (e: unknown) => e as { errorCode: string; errorMessage: string },
      );
    expect(error?.errorCode).toBe('invalid_client');
    expect(error?.errorMessage).toMatch(
      /Description: AADSTS700027: The certificate with identifier/,
    );
  });

  it('refuses an assertion signed by another key under the registered thumbprint', async () => {
    const other = await createSelfSignedCertificate('forger', new Date(f.clock.now()), 30);
    const error = await f
      .confidentialClient({
        thumbprintSha256: f.dyn.certificate.thumbprintSha256,
        privateKey: other.keyPem,
      })
      .acquireTokenByClientCredential({ scopes: [f.dyn.scope] })
      .then(
        () => null,
        (e: unknown) => e as { errorCode: string; errorMessage: string },
      );
    expect(error?.errorCode).toBe('invalid_client');
    expect(error?.errorMessage).toMatch(/Description: AADSTS7000274:/);
  });

  it('refuses an expired assertion, and expires its tokens on its own clock', async () => {
    const token = await f.userToken();
    const start = f.clock.now();
    try {
      f.clock.advance(3600 * 1000);
      expect((await whoAmI(token)).status).toBe(401);
      const error = await f
        .confidentialClient()
        .acquireTokenByClientCredential({ scopes: [f.dyn.scope] })
        .then(
          () => null,
          (e: unknown) => e as { errorCode: string; errorMessage: string },
        );
      expect(error?.errorCode).toBe('invalid_client');
      expect(error?.errorMessage).toMatch(
        /Description: AADSTS700024: Client assertion is not within its valid time range/,
      );
    } finally {
      f.clock.set(start);
    }
  });
});
