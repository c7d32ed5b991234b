import type { IncomingHttpHeaders } from 'node:http';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** A request as the emulators' handlers see it: body already read, path parameters matched. */
export interface EmulatorRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  params: Readonly<Record<string, string>>;
}

/** How the server delivers a response; faults use it to misbehave on the wire. */
export interface Delivery {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send the headers and this many body bytes, then reset the connection. */
  resetAfterBytes?: number;
  /** Reset the connection without answering at all. */
  resetBeforeResponse?: boolean;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  delivery?: Delivery;
  /** Records the call read or wrote: the latency model's server time is per record. */
  records?: number;
}

export type RouteHandler = (req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

/**
 * One entry of an emulator's route table. `name` is what fault injection targets;
 * `path` segments starting with ':' capture a parameter.
 */
export interface Route {
  name: string;
  method: HttpMethod;
  path: string;
  handle: RouteHandler;
}

export function header(req: EmulatorRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
