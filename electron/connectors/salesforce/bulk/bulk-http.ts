import type { Connection } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api';

export interface BulkAnswer {
  body: string;
  headers: Record<string, string | undefined>;
}

/**
 * One Bulk API 2.0 call through jsforce's HTTP layer, so a session that expires mid-job is
 * renewed as for every other call; the body as text, with the headers (the result locators).
 * node-fetch underneath asks for gzip and inflates it.
 */
export async function bulkCall(
  conn: Connection,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: string,
  contentType = 'application/json; charset=UTF-8',
): Promise<BulkAnswer> {
  const api = new HttpApi(conn, { responseType: 'text/plain' });
  let headers: Record<string, string | undefined> = {};
  api.on('response', (response: { headers?: Record<string, string | undefined> }) => {
    headers = response.headers ?? {};
  });
  const url = `${conn.instanceUrl}/services/data/v${conn.version}/jobs/${path}`;
  const answer = await api.request<string>({
    method,
    url,
    ...(body === undefined ? {} : { body }),
    headers: { 'Content-Type': contentType, Accept: '*/*' },
  });
  return { body: typeof answer === 'string' ? answer : '', headers };
}
