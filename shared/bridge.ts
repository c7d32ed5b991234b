import type { ArgOf, Channel } from './contract';
import type { Envelope } from './errors';
import type { ConsoleEvent } from './events';

/**
 * The one object the preload (or the browser host's shim) exposes as `window.crmConsole`.
 * Nothing else of main is reachable from the renderer.
 */
export interface ConsoleBridge {
  invoke<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<Envelope<unknown>>;
  /** Subscribes to main's events; returns the unsubscribe function. */
  onEvent(listener: (event: ConsoleEvent) => void): () => void;
}
