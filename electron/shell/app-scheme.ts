import { net, protocol } from 'electron';
import { extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from '../wiring/content-security-policy';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://console`;

/** Must run before the app is ready: the renderer is served from app://console/, not file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer with the console's security headers; nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const path = resolve(
      root,
      `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`,
    );
    const inside = relative(root, path);
    if (url.host !== 'console' || inside.startsWith('..') || extname(path) === '')
      return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(file.headers);
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
    return new Response(file.body, { status: file.status, headers });
  });
}
