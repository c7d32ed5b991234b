import { connect } from 'node:net';

/** What came back on a raw connection: every byte the server sent before it closed. */
export interface RawExchange {
  text: string;
  /** The status code of the first status line, or null when the server closed without one. */
  status: number | null;
}

/**
 * Sends bytes on a fresh TCP connection as they are (no client-side checks, unlike `fetch`),
 * half-closes it, and resolves once the server has closed its side.
 */
export function rawExchange(port: number, request: Uint8Array | string): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the server's answer is still an answer; only a failure to connect is not.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(text)?.[1];
      resolve({ text, status: status === undefined ? null : Number(status) });
    });
    socket.end(request);
  });
}
