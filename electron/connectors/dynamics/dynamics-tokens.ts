import {
  ConfidentialClientApplication,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-node';
import { z } from 'zod';
import type { Clock } from '../../core/clock';
import { describeThrown } from '../../core/describe-thrown';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import { agentNetworkClient } from './msal-network';

/** How the console signs in to Microsoft's identity platform (or an AD FS). */
export type DynamicsCredentials =
  | { kind: 'password'; username: string; password: string }
  | { kind: 'certificate'; thumbprint: string; privateKey: string };

export interface DynamicsAuth {
  /** `https://login.microsoftonline.com/<tenant>` or an AD FS / emulator address. */
  authority: string;
  clientId: string;
  /** `<serverUrl>/.default`. */
  scope: string;
  credentials: DynamicsCredentials;
}

/** A token is renewed this long before it expires, so that no call goes out with a stale one. */
const renewBeforeMs = 5 * 60_000;

/**
 * Access tokens from `@azure/msal-node`: the resource owner password grant through a public
 * client, or client credentials with a certificate-signed assertion through a confidential
 * one. Kept in memory only, renewed before they expire, or on demand after a 401.
 */
export class DynamicsTokens {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;
  private readonly acquire: () => Promise<AuthenticationResult | null>;

  constructor(
    private readonly auth: DynamicsAuth,
    private readonly clock: Clock,
  ) {
    const host = new URL(auth.authority).host;
    const config: Configuration = {
      auth: {
        clientId: auth.clientId,
        authority: auth.authority,
        // An authority that is not Microsoft's cloud (an AD FS, the emulator) is named as known.
        knownAuthorities: /(^|\.)login\.microsoftonline\.com$/i.test(host) ? [] : [host],
      },
      system: { networkClient: agentNetworkClient },
    };
    const scopes = [auth.scope];
    const c = auth.credentials;
    if (c.kind === 'password') {
      const client = new PublicClientApplication(config);
      this.acquire = () =>
        client.acquireTokenByUsernamePassword({
          scopes,
          username: c.username,
          password: c.password,
        });
    } else {
      const client = new ConfidentialClientApplication({
        ...config,
        auth: {
          ...config.auth,
          clientCertificate:
            c.thumbprint.length === 64
              ? { thumbprintSha256: c.thumbprint, privateKey: c.privateKey }
              : { thumbprint: c.thumbprint, privateKey: c.privateKey },
        },
      });
      this.acquire = () => client.acquireTokenByClientCredential({ scopes, skipCache: true });
    }
  }

  /** A token valid for a while yet: the one kept, or a new one. */
  async current(): Promise<string> {
    if (this.token && this.token.expiresAt - renewBeforeMs > this.clock.now())
      return this.token.value;
    return this.renew();
  }

  /** A new token, whatever the one kept says (the service answered 401). */
  renew(): Promise<string> {
    this.pending ??= this.fetch().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async fetch(): Promise<string> {
    const askedAt = this.clock.now();
    let result: AuthenticationResult | null;
    try {
      result = await this.acquire();
    } catch (error) {
      throw signInError(error, this.auth.authority);
    }
    if (!result?.accessToken)
      throw new CrmError(
        msg('messages:connectors.dynamics.noToken', { authority: this.auth.authority }),
        'no_token',
      );
    this.token = { value: result.accessToken, expiresAt: askedAt + lifetimeMs(result.accessToken) };
    return result.accessToken;
  }
}

const claimsSchema = z.object({ iat: z.number(), exp: z.number() });
/** Entra ID's shortest access-token lifetime, for a token that does not tell its own. */
const defaultLifetimeMs = 60 * 60_000;

/**
 * How long a token lasts, from its own `iat` and `exp` claims, so that its end is reckoned on
 * the injected clock (msal-node's `expiresOn` is on the system's). A token that is no readable
 * JWT is given Entra ID's shortest lifetime; a 401 renews it anyway.
 */
function lifetimeMs(token: string): number {
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    const claims = claimsSchema.safeParse(payload);
    if (claims.success && claims.data.exp > claims.data.iat)
      return (claims.data.exp - claims.data.iat) * 1000;
  } catch {
    // Not a JWT: the default below.
  }
  return defaultLifetimeMs;
}

/** The service's own sentence in msal-node's text, without its timestamps and trace ids. */
const aadDescription = /AADSTS\d+:.*?(?=\s+(?:Trace ID|Correlation ID|Timestamp):|$)/s;

/** msal-node's errors carry the service's code and AADSTS message; they hold no secret. */
function signInError(error: unknown, authority: string): CrmError {
  const e = error as { errorCode?: string; errorMessage?: string };
  const code = e.errorCode ?? null;
  const text = e.errorMessage ?? describeThrown(error);
  // The service's refusal first: its words may name a certificate without being a TLS failure.
  const refusal = aadDescription.exec(text)?.[0];
  const message = refusal ?? text.split(/\r?\n/)[0] ?? '';
  if (
    !refusal &&
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|certificate|self.signed/i.test(message)
  )
    return new CrmError(
      msg('messages:connectors.cannotReachSaid', { url: authority, reason: message }),
      code,
    );
  const crmMessage = message.replace(/\.$/, '');
  return new CrmError(
    code
      ? msg('messages:connectors.dynamics.signInRefusedCode', { crmMessage, code })
      : msg('messages:connectors.dynamics.signInRefused', { crmMessage }),
    code,
  );
}
