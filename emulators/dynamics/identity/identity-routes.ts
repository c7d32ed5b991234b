import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../framework/http-types';
import { authorityOf, type DynamicsContext } from '../context';
import { aadError } from './aad-errors';
import { checkClientAssertion } from './client-assertion';

const jwtBearer = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const oidcScopes = new Set(['openid', 'profile', 'offline_access', 'email']);

function jsonNoStore(body: unknown): EmulatorResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: JSON.stringify(body),
  };
}

/** The identity platform under `/<tenant>/`: discovery, signing keys, the token endpoint. */
export function identityRoutes(ctx: DynamicsContext): Route[] {
  const refreshTokens = new Map<string, string>();
  const tenantOk = (req: EmulatorRequest) => req.params.tenant === ctx.credentials.tenant;
  const unknownTenant = (req: EmulatorRequest) =>
    aadError(
      ctx.now(),
      400,
      'invalid_request',
      90002,
      `Tenant '${req.params.tenant ?? ''}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      ctx.origin(),
    );

  const openIdConfiguration = (req: EmulatorRequest): EmulatorResponse => {
    if (!tenantOk(req)) return unknownTenant(req);
    const authority = authorityOf(ctx);
    return jsonNoStore({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic',
      ],
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${authority}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${ctx.origin()}/oidc/userinfo`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'name', 'oid', 'tid', 'ver'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
    });
  };

  const keys = (req: EmulatorRequest): EmulatorResponse =>
    tenantOk(req) ? jsonNoStore(ctx.signer.jwks(`${authorityOf(ctx)}/v2.0`)) : unknownTenant(req);

  const token = (req: EmulatorRequest): EmulatorResponse => {
    if (!tenantOk(req)) return unknownTenant(req);
    const form = new URLSearchParams(req.body.toString('utf8'));
    const now = ctx.now();
    const fail = (
      status: number,
      error: Parameters<typeof aadError>[2],
      code: number,
      text: string,
    ) => aadError(now, status, error, code, text, ctx.origin());
    const clientId = form.get('client_id') ?? '';
    if (clientId === '')
      return fail(
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'client_id'.",
      );
    if (clientId !== ctx.credentials.clientId)
      return fail(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${ctx.credentials.tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      );
    const grant = form.get('grant_type') ?? '';
    const scopes = (form.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
    const resourceScopes = scopes.filter((scope) => !oidcScopes.has(scope));
    if (grant !== 'refresh_token') {
      if (resourceScopes.length === 0)
        return fail(
          400,
          'invalid_request',
          90014,
          "The required field 'scope' is missing from the credential.",
        );
      const wrong = resourceScopes.find((scope) => !resourceOf(scope, ctx.origin()));
      if (wrong)
        return fail(
          400,
          'invalid_resource',
          500011,
          `The resource principal named ${wrong.replace(/\/[^/]*$/, '')} was not found in the tenant named ${ctx.credentials.tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
        );
    }
    const users = ctx.organization.entity('systemuser');
    switch (grant) {
      case 'password': {
        const username = form.get('username') ?? '';
        if (username.toLowerCase() !== ctx.credentials.username.toLowerCase())
          return fail(
            400,
            'invalid_grant',
            50034,
            `The user account ${username} does not exist in the ${ctx.credentials.tenant} directory. To sign into this application, the account must be added to the directory.`,
          );
        if (form.get('password') !== ctx.credentials.password)
          return fail(
            400,
            'invalid_grant',
            50126,
            'Error validating credentials due to invalid username or password.',
          );
        return issue({
          userId: ctx.organization.userId,
          scopes,
          clientInfo: form.get('client_info') === '1',
        });
      }
      case 'refresh_token': {
        const userId = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!userId)
          return fail(
            400,
            'invalid_grant',
            9002313,
            'Invalid request. Request is malformed or invalid.',
          );
        const refreshScopes = resourceScopes.length > 0 ? scopes : [`${ctx.origin()}/.default`];
        return issue({
          userId,
          scopes: refreshScopes,
          clientInfo: form.get('client_info') === '1',
        });
      }
      case 'client_credentials': {
        const assertion = form.get('client_assertion');
        if (form.get('client_secret'))
          return fail(
            401,
            'invalid_client',
            7000215,
            "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '" +
              clientId +
              "'.",
          );
        if (!assertion || form.get('client_assertion_type') !== jwtBearer)
          return fail(
            400,
            'invalid_client',
            7000218,
            "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
          );
        const authority = authorityOf(ctx);
        const check = checkClientAssertion(assertion, {
          clientId,
          certificate: ctx.certificate,
          audiences: [
            `${authority}/oauth2/v2.0/token`,
            `${authority}/oauth2/token`,
            `${authority}/v2.0`,
          ],
          now,
        });
        if (!check.ok) return fail(401, 'invalid_client', check.code, check.text);
        // The app's application user: the service principal the organization knows.
        return issue({
          userId: users?.idOf(1) ?? ctx.organization.userId,
          scopes,
          clientInfo: false,
          appOnly: true,
        });
      }
      default:
        return fail(
          400,
          'unsupported_grant_type',
          70003,
          `The app requested an unsupported grant type '${grant}'.`,
        );
    }
  };

  function issue(options: {
    userId: string;
    scopes: string[];
    clientInfo: boolean;
    appOnly?: boolean;
  }) {
    const now = ctx.now();
    const iat = Math.floor(now / 1000);
    const lifetime = ctx.tokenLifetimeSeconds;
    const { tenant, clientId, username } = ctx.credentials;
    const oid = options.userId;
    const accessToken = ctx.signer.sign({
      aud: ctx.origin(),
      iss: `https://sts.windows.net/${tenant}/`,
      iat,
      nbf: iat,
      exp: iat + lifetime,
      appid: clientId,
      oid,
      tid: tenant,
      ...(options.appOnly ? { roles: ['user'] } : { scp: 'user_impersonation', upn: username }),
      uti: randomBytes(16).toString('base64url'),
      ver: '1.0',
    });
    ctx.tokens.add(accessToken, { userId: oid, appId: clientId, expiresAt: now + lifetime * 1000 });
    const resourceScopes = options.scopes.filter((scope) => !oidcScopes.has(scope));
    const body: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: resourceScopes.join(' '),
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
    };
    if (!options.appOnly) {
      const refreshToken = randomBytes(48).toString('base64url');
      refreshTokens.set(refreshToken, oid);
      body.refresh_token = refreshToken;
      body.id_token = ctx.signer.sign({
        aud: clientId,
        iss: `${authorityOf(ctx)}/v2.0`,
        iat,
        nbf: iat,
        exp: iat + 3600,
        name: 'Demo Administrator',
        oid,
        preferred_username: username,
        sub: randomUUID(),
        tid: tenant,
        ver: '2.0',
      });
      if (options.clientInfo)
        body.client_info = Buffer.from(JSON.stringify({ uid: oid, utid: tenant })).toString(
          'base64url',
        );
    }
    return jsonNoStore(body);
  }

  return [
    {
      name: 'openIdConfiguration',
      method: 'GET',
      path: '/:tenant/v2.0/.well-known/openid-configuration',
      handle: openIdConfiguration,
    },
    { name: 'signingKeys', method: 'GET', path: '/:tenant/discovery/v2.0/keys', handle: keys },
    { name: 'token', method: 'POST', path: '/:tenant/oauth2/v2.0/token', handle: token },
  ];
}

/** `<org>/.default`, `<org>//.default` (as Dynamics clients often write it), `<org>/user_impersonation`. */
function resourceOf(scope: string, origin: string): boolean {
  const m = /^(https:\/\/[^/]+)\/+(\.default|user_impersonation)$/.exec(scope);
  return m !== null && m[1] === origin;
}
