import { X509Certificate, createHash, createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** The key the identity service signs its tokens with, published at `discovery/v2.0/keys`. */
export interface TokenSigner {
  sign(claims: Record<string, unknown>): string;
  /** The JSON Web Key Set document. */
  jwks(issuer: string): { keys: Record<string, unknown>[] };
}

/** Signs with the emulator's TLS server key, named by its certificate's thumbprint as Entra does. */
export function tokenSigner(certificatePem: string, privateKeyPem: string): TokenSigner {
  const cert = new X509Certificate(certificatePem);
  const kid = createHash('sha1').update(cert.raw).digest('base64url');
  const publicJwk = createPublicKey(certificatePem).export({ format: 'jwk' });
  return {
    sign: (claims) =>
      jwt.sign(claims, privateKeyPem, {
        algorithm: 'RS256',
        keyid: kid,
        header: { alg: 'RS256', typ: 'JWT', x5t: kid },
      }),
    jwks: (issuer) => ({
      keys: [
        {
          kty: 'RSA',
          use: 'sig',
          kid,
          x5t: kid,
          n: publicJwk.n,
          e: publicJwk.e,
          x5c: [cert.raw.toString('base64')],
          issuer,
        },
      ],
    }),
  };
}
