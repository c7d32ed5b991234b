import type { ConsoleBridge } from '../../shared/bridge';
import { takeConsoleToken } from './console-token';
import type { HostInfo } from './host-info';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the browser host serves the page. */
    crmConsole?: ConsoleBridge;
  }
}

export type BridgeChoice =
  { kind: 'ready'; bridge: ConsoleBridge; host: HostInfo } | { kind: 'no-token' };

/** The preload's bridge in Electron; the HTTP shim, with the page's token, in a browser. */
export function installBridge(onExpired: () => void): BridgeChoice {
  if (window.crmConsole)
    return { kind: 'ready', bridge: window.crmConsole, host: { kind: 'electron' } };
  const token = takeConsoleToken({
    location: window.location,
    storage: window.sessionStorage,
    history: window.history,
  });
  if (!token) return { kind: 'no-token' };
  return {
    kind: 'ready',
    bridge: createHttpBridge({ token, onExpired }),
    host: { kind: 'browser', token },
  };
}
