import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Dispatcher } from '../wiring/dispatcher';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import { applySecurityHeaders } from '../wiring/content-security-policy';

import { RequestGuard } from './request-guard';
import { isExportFileName } from '../services/records/export-file-name';
import { answerClientError } from './client-error';
import { readJsonBody, BodyError } from './read-json-body';
import { openEventStream } from './event-stream';

export interface BrowserHostOptions {
  dispatcher: Dispatcher;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Where CSV exports are written; served for download. */
  exportsDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  /** Where failures are reported; a request never learns more than that one happened. */
  log: Logger;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const invokePrefix = '/api/invoke/';
const exportsPrefix = '/api/exports/';
const internalError = 'The console hit an internal error; see its log.';

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only, for a browser in
 * place of the Electron window. Every API request must carry the per-start token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const guard = new RequestGuard(token, () => origin);
  const serveStatic = sirv(options.rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (res) => applySecurityHeaders(res),
  });
  const streams = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    // The handler is total: whatever a request holds, it gets an answer and the host goes on.
    route(req, res).catch((error: unknown) => {
      options.log('A browser-host request failed', error);
      sendJson(res, 500, { message: internalError });
    });
  });
  server.on('clientError', answerClientError);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url, origin);
    if (!url) return sendJson(res, 400, { message: 'The request address is not valid.' });
    if (!url.pathname.startsWith('/api/')) {
      if (req.headers.host !== new URL(origin).host)
        return sendJson(res, 403, { message: 'Unexpected Host header.' });
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { message: 'Method not allowed.' });
      return serveStatic(req, res, () => sendJson(res, 404, { message: 'Not found.' }));
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      const verdict = guard.check(req, url.searchParams.get('token'));
      if (!verdict.ok) return sendJson(res, verdict.status, { message: verdict.reason });
      return openEventStream(res, options.events, streams);
    }
    if (url.pathname.startsWith(exportsPrefix) && req.method === 'GET') {
      const verdict = guard.check(req, url.searchParams.get('token'));
      if (!verdict.ok) return sendJson(res, verdict.status, { message: verdict.reason });
      const name = decodedRest(url.pathname, exportsPrefix);
      if (name === null || !isExportFileName(name))
        return sendJson(res, 404, { message: 'Not found.' });
      return sendDownload(res, join(options.exportsDir, name), name);
    }
    if (url.pathname.startsWith(invokePrefix) && req.method === 'POST') {
      const verdict = guard.check(req, headerValue(req, 'x-console-token'));
      if (!verdict.ok) return sendJson(res, verdict.status, { message: verdict.reason });
      const channel = decodedRest(url.pathname, invokePrefix);
      if (channel === null)
        return sendJson(res, 400, { message: 'The request address is not valid.' });
      return handleInvoke(req, res, channel);
    }
    sendJson(res, 404, { message: 'Not found.' });
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse, channel: string) {
    try {
      const body = await readJsonBody(req);
      sendJson(res, 200, await options.dispatcher.dispatch(channel, body.arg));
    } catch (error) {
      if (error instanceof BodyError)
        return sendJson(res, error.status, { message: error.message });
      throw error;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function sendDownload(res: ServerResponse, path: string, name: string): Promise<void> {
  try {
    const { size } = await stat(path);
    applySecurityHeaders(res);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': size,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
    await pipeline(createReadStream(path), res);
  } catch {
    if (!res.headersSent) sendJson(res, 404, { message: 'Not found.' });
    else res.destroy();
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

/** The request target as a URL on the console's origin; null when it is not one (`http://[`). */
function requestUrl(target: string | undefined, origin: string): URL | null {
  try {
    return new URL(target ?? '/', origin);
  } catch {
    return null;
  }
}

/** The path after `prefix`, percent-decoded; null when it does not decode (`%E0%A4%A`). */
function decodedRest(pathname: string, prefix: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
}

/** Answers, unless an answer has already begun: then the connection is cut, never a second one. */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  applySecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
