import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
} from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { json } from '../responses';
import { bearerToken } from '../sessions';
import { identityOf, userInfoOf } from './identity';

const tokenRequest = z.object({
  grant_type: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  username: z.string().optional(),
  password: z.string().optional(),
});

function oauthError(error: string, description: string): EmulatorResponse {
  return json(400, { error, error_description: description });
}

/** Compares secrets in constant time, whatever their lengths. */
function sameSecret(given: string | undefined, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/** The OAuth 2.0 token endpoint (password and client-credentials grants), revoke, identity. */
export function oauthRoutes(ctx: SalesforceContext): Route[] {
  const { credentials, org } = ctx;
  const sessionOf = (req: EmulatorRequest) => {
    const token =
      bearerToken(header(req, 'authorization')) ?? req.url.searchParams.get('oauth_token');
    return token ? ctx.sessions.check(token) : null;
  };

  function grant(userId: string, scope?: string): EmulatorResponse {
    const issuedAt = String(ctx.now());
    const id = `${ctx.origin()}/id/${org.organizationId}/${userId}`;
    const signature = createHmac('sha256', credentials.clientSecret)
      .update(id + issuedAt)
      .digest('base64');
    return json(200, {
      access_token: ctx.sessions.issue(userId, ctx.now()),
      ...(scope ? { scope } : {}),
      instance_url: ctx.origin(),
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
      signature,
    });
  }

  return [
    {
      name: 'token',
      method: 'POST',
      path: '/services/oauth2/token',
      handle: (req) => {
        const form = Object.fromEntries(new URLSearchParams(req.body.toString('utf8')));
        const params = tokenRequest.safeParse(form);
        if (!params.success) return oauthError('invalid_request', 'invalid request');
        const p = params.data;
        if (p.grant_type !== 'password' && p.grant_type !== 'client_credentials')
          return oauthError('unsupported_grant_type', 'grant type not supported');
        if (p.client_id !== credentials.clientId)
          return oauthError('invalid_client_id', 'client identifier invalid');
        if (!sameSecret(p.client_secret, credentials.clientSecret))
          return oauthError('invalid_client', 'invalid client credentials');
        if (p.grant_type === 'client_credentials') return grant(org.userId, 'api');
        const passwordOk = sameSecret(p.password, credentials.password + credentials.securityToken);
        if (p.username?.toLowerCase() !== credentials.username.toLowerCase() || !passwordOk)
          return oauthError('invalid_grant', 'authentication failure');
        return grant(org.userId);
      },
    },
    {
      name: 'revoke',
      method: 'POST',
      path: '/services/oauth2/revoke',
      handle: (req) => {
        const token = new URLSearchParams(req.body.toString('utf8')).get('token') ?? '';
        return ctx.sessions.revoke(token)
          ? { status: 200 }
          : oauthError('unsupported_token_type', 'this token type is not supported');
      },
    },
    {
      name: 'identity',
      method: 'GET',
      path: '/id/:orgId/:userId',
      handle: (req) => {
        const session = sessionOf(req);
        if (!session)
          return {
            status: 403,
            headers: { 'Content-Type': 'text/plain' },
            body: 'Bad_OAuth_Token',
          };
        if (req.params.orgId !== org.organizationId || req.params.userId !== session.userId)
          return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Bad_Id' };
        return json(200, identityOf(ctx, session.userId));
      },
    },
    {
      name: 'userinfo',
      method: 'GET',
      path: '/services/oauth2/userinfo',
      handle: (req) => {
        const session = sessionOf(req);
        if (!session)
          return {
            status: 403,
            headers: { 'Content-Type': 'text/plain' },
            body: 'Bad_OAuth_Token',
          };
        return json(200, userInfoOf(ctx, session.userId));
      },
    },
  ];
}
