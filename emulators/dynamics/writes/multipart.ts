/** `multipart/mixed` as `$batch` uses it: parts with headers, a change set being a nested one. */

export interface Part {
  headers: Map<string, string>;
  body: string;
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  return m ? (m[2] as string) : null;
}

/** Splits a head (`Name: value` lines) from a body at the first blank line. */
export function splitHead(text: string): {
  headers: Map<string, string>;
  firstLine: string;
  body: string;
} {
  const at = /\r?\n\r?\n/.exec(text);
  const head = at ? text.slice(0, at.index) : text;
  const body = at ? text.slice(at.index + at[0].length) : '';
  const lines = head.split(/\r?\n/);
  const headers = new Map<string, string>();
  let firstLine = '';
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0 && !/^[A-Z]+ \S+/.test(line))
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    else if (line.trim() !== '' && firstLine === '') firstLine = line.trim();
  }
  return { headers, firstLine, body };
}

export function parseMultipart(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const pieces = text.split(delimiter);
  const parts: Part[] = [];
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    const content = piece.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const { headers, body } = splitHead(content);
    parts.push({ headers, body });
  }
  return parts;
}

/** One `application/http` part of an answer. */
export function httpPart(
  status: number,
  headers: Record<string, string>,
  body: string,
  contentId?: string,
): string {
  const head = [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    ...(contentId ? [`Content-ID: ${contentId}`] : []),
  ];
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${head.join('\r\n')}\r\n\r\nHTTP/1.1 ${status} ${reason(status)}\r\n${lines.join('\r\n')}${lines.length > 0 ? '\r\n' : ''}\r\n${body}`;
}

function reason(status: number): string {
  const reasons: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    400: 'Bad Request',
    401: 'Unauthorized',
    404: 'Not Found',
    405: 'Method Not Allowed',
    412: 'Precondition Failed',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
  };
  return reasons[status] ?? 'Unknown';
}
