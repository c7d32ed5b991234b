import { X509Certificate } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { ClientCertificate } from '../credentials';

export type AssertionCheck = { ok: true } | { ok: false; code: number; text: string };

/** The thumbprint a JWT header carries (`x5t`, `x5t#S256`): base64url of the hash's bytes. */
function headerThumbprint(value: unknown): string | null {
  return typeof value === 'string' && value !== ''
    ? Buffer.from(value, 'base64url').toString('hex').toUpperCase()
    : null;
}

/**
 * Checks a `client_assertion` as Entra does: the certificate named by the header's thumbprint
 * must be registered on the app, the signature must verify with its public key (RS256, or
 * PS256 as msal-node signs with a SHA-256 thumbprint), `iss` and `sub` must be the client id,
 * `aud` the token endpoint, and now within `nbf`–`exp` (five minutes of skew allowed).
 */
export function checkClientAssertion(
  assertion: string,
  options: {
    clientId: string;
    certificate: ClientCertificate;
    audiences: readonly string[];
    now: number;
  },
): AssertionCheck {
  const decoded = jwt.decode(assertion, { complete: true });
  if (!decoded || typeof decoded.payload === 'string')
    return { ok: false, code: 50027, text: 'JWT token is invalid or malformed.' };
  const header = decoded.header as unknown as Record<string, unknown>;
  const sha1 = headerThumbprint(header.x5t);
  const sha256 = headerThumbprint(header['x5t#S256']);
  const { certificate } = options;
  const known = sha256 ? sha256 === certificate.thumbprintSha256 : sha1 === certificate.thumbprint;
  if (!known)
    return {
      ok: false,
      code: 700027,
      text: `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${sha256 ?? sha1 ?? ''}', Configured keys: '${certificate.thumbprint}'.]`,
    };
  const publicKey = new X509Certificate(certificate.certificatePem).publicKey;
  try {
    jwt.verify(assertion, publicKey, {
      algorithms: ['RS256', 'PS256'],
      clockTimestamp: Math.floor(options.now / 1000),
      clockTolerance: 300,
      ignoreExpiration: false,
    });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError || error instanceof jwt.NotBeforeError) {
      const payload = decoded.payload;
      const at = (seconds: unknown) =>
        typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'none';
      return {
        ok: false,
        code: 700024,
        text: `Client assertion is not within its valid time range. Current time: ${new Date(options.now).toISOString()}, assertion valid from ${at(payload.nbf)}, expiry time of assertion ${at(payload.exp)}.`,
      };
    }
    return {
      ok: false,
      code: 7000274,
      text: 'Key was found, but use of the key to verify the signature failed.',
    };
  }
  const payload = decoded.payload;
  if (payload.exp === undefined)
    return { ok: false, code: 700024, text: 'Client assertion has no expiry (exp) claim.' };
  if (payload.iss !== options.clientId || payload.sub !== options.clientId)
    return {
      ok: false,
      code: 700021,
      text: "Client assertion application identifier doesn't match 'client_id' parameter.",
    };
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.some((aud) => typeof aud === 'string' && options.audiences.includes(aud)))
    return {
      ok: false,
      code: 50027,
      text: `JWT token is invalid or malformed. [Reason - The audience '${String(payload.aud)}' is not the token endpoint.]`,
    };
  return { ok: true };
}
