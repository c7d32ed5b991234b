import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { defaultAuthorities } from '../../electron/connectors/tls-trust';

/**
 * An msal-node network client that trusts the emulators' CA besides the system roots, with
 * verification on: msal-node's own client uses fetch, which has no per-call CA option.
 */
export function trustingNetworkClient(caPem: string): INetworkModule {
  const agent = new https.Agent({ ca: [...defaultAuthorities(), caPem] });
  const send = <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions) =>
    new Promise<NetworkResponse<T>>((resolve, reject) => {
      const req = https.request(url, { method, agent, headers: options?.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers[name] = value;
          try {
            resolve({ status: res.statusCode ?? 0, headers, body: JSON.parse(text) as T });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(options?.body);
    });
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
