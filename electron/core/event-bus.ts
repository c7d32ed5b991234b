import type { ConsoleEvent } from '../../shared/events';

type Listener = (event: ConsoleEvent) => void;

/** Main's events, fanned out to the Electron window or the browser host's event streams. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit(event: ConsoleEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
