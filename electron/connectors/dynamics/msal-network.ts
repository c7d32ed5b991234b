import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * msal-node's HTTP through Node's default HTTPS agent, where `trustAuthority` adds a private CA
 * (the emulator's, or a company AD FS's): msal-node's own client uses fetch, which ignores it.
 */
export const agentNetworkClient: INetworkModule = {
  sendGetRequestAsync: (url, options) => send('GET', url, options),
  sendPostRequestAsync: (url, options) => send('POST', url, options),
};

function send<T>(
  method: 'GET' | 'POST',
  url: string,
  options?: NetworkRequestOptions,
): Promise<NetworkResponse<T>> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method, agent: https.globalAgent, headers: options?.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers[name] = value;
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
            resolve({ status: res.statusCode ?? 0, headers, body });
          } catch {
            reject(new Error(`${new URL(url).origin} answered ${res.statusCode ?? 0}, not JSON.`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(options?.body);
  });
}
