import type { Duplex } from 'node:stream';

const answers: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * Bytes the HTTP parser refused (a bad request line, a NUL in a header, chunked garbage): an
 * answer when none has begun, then the connection is closed; the server goes on.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const started = 'bytesWritten' in socket && socket.bytesWritten !== 0;
  if (error.code !== 'ECONNRESET' && socket.writable && !started) {
    const status = answers[error.code ?? ''] ?? '400 Bad Request';
    socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
