import type { EmulatorResponse } from '../framework/http-types';

export const jsonContentType = 'application/json;charset=UTF-8';

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return {
    status,
    headers: { 'Content-Type': jsonContentType, ...headers },
    body: JSON.stringify(body),
  };
}

export interface ApiError {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** The REST API's error answer: a JSON array of `{message, errorCode}`. */
export function apiError(
  status: number,
  errorCode: string,
  message: string,
  headers: Record<string, string> = {},
): EmulatorResponse {
  const error: ApiError = { message, errorCode };
  return json(status, [error], headers);
}

export const notFound = () => apiError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const invalidSession = () =>
  apiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid', {
    'WWW-Authenticate': 'Token',
  });

export const noContent = (): EmulatorResponse => ({ status: 204 });

/** Reads a JSON body, or answers JSON_PARSER_ERROR as Salesforce does. */
export function parseJsonBody(
  body: Buffer,
): { ok: true; value: unknown } | { ok: false; response: EmulatorResponse } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    return {
      ok: false,
      response: apiError(
        400,
        'JSON_PARSER_ERROR',
        `Unexpected character in the request body: ${(error as Error).message}`,
      ),
    };
  }
}
