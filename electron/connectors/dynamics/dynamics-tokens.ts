import {
  ConfidentialClientApplication,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-node';
import type { Clock } from '../../core/clock';
import { describeThrown } from '../../core/describe-thrown';
import { CrmError } from '../crm-error';
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
    let result: AuthenticationResult | null;
    try {
      result = await this.acquire();
    } catch (error) {
      throw signInError(error, this.auth.authority);
    }
    if (!result?.accessToken)
      throw new CrmError(`${this.auth.authority} gave no access token.`, 'no_token');
    const expiresAt = result.expiresOn?.getTime() ?? this.clock.now() + 60 * 60_000;
    this.token = { value: result.accessToken, expiresAt };
    return result.accessToken;
  }
}

/** msal-node's errors carry the service's code and AADSTS message; they hold no secret. */
function signInError(error: unknown, authority: string): CrmError {
  const e = error as { errorCode?: string; errorMessage?: string };
  const code = e.errorCode ?? null;
  const message = (e.errorMessage ?? describeThrown(error)).split(/\r?\n/)[0] ?? '';
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|certificate|self.signed/i.test(message))
    return new CrmError(`Cannot reach ${authority}: ${message}`, code);
  return new CrmError(
    `Microsoft's identity service refused the sign-in: ${message}${code ? ` (${code})` : ''}.`,
    code,
  );
}
