import type { EmulatorResponse } from '../framework/http-types';

export const odataHeaders = { 'OData-Version': '4.0' };
const jsonType = 'application/json; odata.metadata=minimal';

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return {
    status,
    headers: { 'Content-Type': jsonType, ...odataHeaders, ...headers },
    body: JSON.stringify(body),
  };
}

/** The Web API's error answer: `{error: {code, message}}` with an `0x8…` code. */
export function odataError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return json(status, { error: { code, message } }, headers);
}

export const noContent = (headers: Record<string, string> = {}): EmulatorResponse => ({
  status: 204,
  headers: { ...odataHeaders, ...headers },
});

/** `Resource not found for the segment 'Account'.` */
export const segmentNotFound = (segment: string) =>
  odataError(404, '0x8006088a', `Resource not found for the segment '${segment}'.`);

/** Bad query options, unknown properties, bad literals: the OData layer's own code. */
export const badQuery = (message: string) => odataError(400, '0x80060888', message);

/** Reads a JSON object body, or answers as the Web API does to a body it cannot read. */
export function parseJsonObject(
  body: Buffer,
): { ok: true; value: Record<string, unknown> } | { ok: false; response: EmulatorResponse } {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // Worded below, as the service words any body it cannot read.
  }
  return {
    ok: false,
    response: badQuery(
      "Error identified in Payload provided by the user for Entity :'', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293",
    ),
  };
}
