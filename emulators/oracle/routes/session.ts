import { header, type EmulatorRequest, type EmulatorResponse } from '../../framework/http-types';
import type { OracleContext } from '../context';
import { sessionIdOf } from '../sessions';

const textHeaders = { 'Content-Type': 'text/plain;charset=UTF-8' };

/** True when the sign-in id (case-insensitive, as Oracle's are) and password match. */
export function credentialsMatch(ctx: OracleContext, username: string, password: string): boolean {
  return (
    username.toUpperCase() === ctx.credentials.username.toUpperCase() &&
    password === ctx.credentials.password
  );
}

/**
 * `GET /Services/Integration?command=login` with `UserName` / `Password` headers opens a
 * session (its id in the `JSESSIONID` cookie); `command=logoff` with that cookie ends it.
 */
export function sessionCommand(ctx: OracleContext, req: EmulatorRequest): EmulatorResponse {
  const command = req.url.searchParams.get('command')?.toLowerCase();
  if (command === 'logoff') {
    const id = sessionIdOf(header(req, 'cookie'));
    if (id) {
      ctx.sessions.close(id);
      ctx.limiter.forget(id);
    }
    return { status: 200, headers: textHeaders, body: '' };
  }
  if (command !== 'login')
    return {
      status: 400,
      headers: textHeaders,
      body: "The command parameter must be 'login' or 'logoff'.",
    };
  const username = header(req, 'username') ?? '';
  const password = header(req, 'password') ?? '';
  if (!credentialsMatch(ctx, username, password))
    return {
      status: 401,
      headers: textHeaders,
      body: 'The user name or password is not valid.(SBL-ODU-01002)',
    };
  const session = ctx.sessions.open(ctx.company.name, ctx.credentials.username);
  if (!session)
    return {
      status: 403,
      headers: textHeaders,
      body: `The maximum number of concurrent Web Services sessions for your company has been reached.(SBL-ODU-01009)`,
    };
  return {
    status: 200,
    headers: {
      ...textHeaders,
      'Set-Cookie': `JSESSIONID=${session.id}; Path=/; Secure; HttpOnly`,
    },
    body: '',
  };
}
