import type { AccessTokens } from './identity/access-tokens';
import type { TokenSigner } from './identity/token-signer';
import type { ClientCertificate, DynamicsCredentials } from './credentials';
import type { Organization } from './data/organization';

/** What the Dynamics routes share: the organization's data, the identity service, the clock. */
export interface DynamicsContext {
  organization: Organization;
  credentials: DynamicsCredentials;
  certificate: ClientCertificate;
  tokens: AccessTokens;
  signer: TokenSigner;
  tokenLifetimeSeconds: number;
  now(): number;
  /** `https://127.0.0.1:<port>`: the organization URL and the identity host alike. */
  origin(): string;
}

export const apiBase = '/api/data/v9.2';

/** `https://127.0.0.1:<port>/<tenant>` */
export const authorityOf = (ctx: DynamicsContext) => `${ctx.origin()}/${ctx.credentials.tenant}`;
