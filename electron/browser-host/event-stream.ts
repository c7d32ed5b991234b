import type { ServerResponse } from 'node:http';
import { applySecurityHeaders } from '../wiring/content-security-policy';
import type { EventBus } from '../core/event-bus';

const keepAliveMs = 25_000;

/** Streams main's events to the page as Server-Sent Events, one JSON event per message. */
export function openEventStream(
  res: ServerResponse,
  events: EventBus,
  open: Set<ServerResponse>,
): void {
  applySecurityHeaders(res);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  open.add(res);
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
    open.delete(res);
  });
}
