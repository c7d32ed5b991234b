import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { EmulatorCertificates } from './certificates';
import type { Dispatch } from './dispatcher';
import type { EmulatorResponse } from './http-types';

export interface HttpsEmulatorServer {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface HttpsServerOptions {
  certificates: EmulatorCertificates;
  /** 0 picks a free port. */
  port: number;
  dispatch: Dispatch;
  /** Larger bodies get 413 without being read. */
  maxBodyBytes?: number;
}

const defaultMaxBodyBytes = 150 * 1024 * 1024;

/** Serves one emulator over HTTPS on 127.0.0.1 only, delivering each response as told. */
export async function startHttpsServer(options: HttpsServerOptions): Promise<HttpsEmulatorServer> {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';

  const server: Server = createServer(
    { cert: options.certificates.serverPem, key: options.certificates.serverKeyPem },
    (req, res) => {
      void handle(req, res).catch(() => res.destroy());
    },
  );
  // Idle connections stay open a minute, as the CRMs' front doors keep them. Node's default of
  // 5 s races a client that reuses a kept-alive connection just as the server closes it: the
  // request is then reset before any answer (seen with ten export calls in flight).
  server.keepAliveTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, maxBodyBytes);
    if (body === null) {
      res.writeHead(413, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end('Request Entity Too Large');
      return;
    }
    const answer = await options.dispatch({
      method: req.method ?? 'GET',
      // Concatenated, not resolved: a path starting `//` (a base URL with a trailing slash, as
      // the Salesforce CLI keeps one) is a path, not another host.
      url: new URL(`${origin}${req.url ?? '/'}`),
      headers: req.headers,
      body,
    });
    const delay = answer.delivery?.delayMs ?? 0;
    if (delay > 0) await wait(delay, timers);
    if (!res.destroyed) deliver(res, answer);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;

  return {
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function deliver(res: ServerResponse, answer: EmulatorResponse): void {
  const { delivery } = answer;
  if (delivery?.resetBeforeResponse) return reset(res.socket);
  const body = answer.body === undefined ? undefined : Buffer.from(answer.body);
  const headers: Record<string, string | number> = { ...answer.headers };
  if (body !== undefined) headers['Content-Length'] = body.length;
  res.writeHead(answer.status, headers);
  if (delivery?.resetAfterBytes !== undefined && body !== undefined) {
    res.write(body.subarray(0, delivery.resetAfterBytes), () => reset(res.socket));
    return;
  }
  res.end(body);
}

/** Drops the connection with a TCP reset, as a failing proxy or server would. */
function reset(socket: Socket | null): void {
  if (!socket) return;
  if (typeof socket.resetAndDestroy === 'function' && socket.remotePort !== undefined) {
    try {
      socket.resetAndDestroy();
      return;
    } catch {
      // TLS sockets without a TCP handle: fall back to a plain destroy.
    }
  }
  socket.destroy();
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function wait(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}
