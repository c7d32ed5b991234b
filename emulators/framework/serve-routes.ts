import type { EmulatorCertificates } from './certificates';
import { createDispatcher, type EmulatorDialect } from './dispatcher';
import { FaultSwitchboard } from './faults';
import type { EmulatorRequest, Route } from './http-types';
import { startHttpsServer, type HttpsEmulatorServer } from './https-server';
import { Router } from './router';

/** Told as each routed request is handled: `before` it takes effect and `after` (not yet sent). */
export type RequestObserver = (route: string, phase: 'before' | 'after') => void | Promise<void>;

export interface ServedRoutes {
  server: HttpsEmulatorServer;
  faults: FaultSwitchboard;
  routeNames(): string[];
}

/** Serves an emulator's route table over HTTPS with the fault switchboard and an observer. */
export async function serveRoutes(options: {
  routes: readonly Route[];
  dialect: EmulatorDialect;
  certificates: EmulatorCertificates;
  port: number;
  onRequest?: RequestObserver;
}): Promise<ServedRoutes> {
  const observe = options.onRequest;
  const routes = options.routes.map((route) =>
    observe
      ? {
          ...route,
          handle: async (req: EmulatorRequest) => {
            await observe(route.name, 'before');
            const res = await route.handle(req);
            await observe(route.name, 'after');
            return res;
          },
        }
      : route,
  );
  const router = new Router(routes);
  const faults = new FaultSwitchboard(() => router.names());
  const server = await startHttpsServer({
    certificates: options.certificates,
    port: options.port,
    dispatch: createDispatcher(router, faults, options.dialect),
  });
  return { server, faults, routeNames: () => router.names() };
}
