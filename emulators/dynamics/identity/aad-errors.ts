import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../../framework/http-types';

/** The identity platform's OAuth error codes the emulator answers with. */
export type OAuthError =
  | 'invalid_request'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'invalid_resource';

function stamp(now: number): string {
  return new Date(now)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * An error in the identity platform's shape: `error`, an `error_description` that starts with
 * `AADSTS<code>:` and ends with the trace and correlation ids, `error_codes`, and the rest.
 */
export function aadError(
  now: number,
  status: number,
  error: OAuthError,
  code: number,
  text: string,
  origin: string,
): EmulatorResponse {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = stamp(now);
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: JSON.stringify({
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${origin}/error?code=${code}`,
    }),
  };
}
