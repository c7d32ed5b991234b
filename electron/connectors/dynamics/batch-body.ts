import { randomUUID } from 'node:crypto';

/** One request of a change set. */
export interface BatchRequest {
  method: 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One answer of a change set, as its `application/http` part tells it. */
export interface BatchAnswer {
  contentId: string | null;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A `$batch` body of one change set (`multipart/mixed`), each request numbered by Content-ID. */
export function changeSetBody(requests: readonly BatchRequest[]): {
  contentType: string;
  body: string;
} {
  const batch = `batch_${randomUUID()}`;
  const changeSet = `changeset_${randomUUID()}`;
  const parts = requests.map((r, i) =>
    [
      `--${changeSet}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      `Content-ID: ${i + 1}`,
      '',
      `${r.method} ${r.url} HTTP/1.1`,
      'Content-Type: application/json; charset=utf-8',
      ...Object.entries(r.headers).map(([name, value]) => `${name}: ${value}`),
      '',
      r.body,
    ].join('\r\n'),
  );
  const body = [
    `--${batch}`,
    `Content-Type: multipart/mixed; boundary=${changeSet}`,
    '',
    ...parts,
    `--${changeSet}--`,
    `--${batch}--`,
    '',
  ].join('\r\n');
  return { contentType: `multipart/mixed; boundary=${batch}`, body };
}

const boundaryOf = (contentType: string) =>
  /boundary=("?)([^";\s]+)\1/i.exec(contentType)?.[2] ?? null;

function split(text: string, boundary: string): string[] {
  const pieces = text.split(`--${boundary}`).slice(1);
  const end = pieces.findIndex((p) => p.startsWith('--'));
  return (end < 0 ? pieces : pieces.slice(0, end)).map((p) =>
    p.replace(/^\r?\n/, '').replace(/\r?\n$/, ''),
  );
}

function headOf(text: string): { headers: Record<string, string>; rest: string; first: string } {
  const at = /\r?\n\r?\n/.exec(text);
  const head = at ? text.slice(0, at.index) : text;
  const rest = at ? text.slice(at.index + at[0].length) : '';
  const headers: Record<string, string> = {};
  let first = '';
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (/^HTTP\/1\.1 /.test(line)) first = line;
    else if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest, first };
}

function answerOf(part: string): BatchAnswer | null {
  const outer = headOf(part);
  const inner = headOf(outer.rest);
  const status = /^HTTP\/1\.1 (\d{3})/.exec(inner.first)?.[1];
  if (!status) return null;
  return {
    contentId: outer.headers['content-id'] ?? null,
    status: Number(status),
    headers: inner.headers,
    body: inner.rest,
  };
}

/**
 * The answers of a `$batch` of one change set: each request's when it went through, or the one
 * answer of the request that failed it (the whole change set then rolled back). Null when the
 * body is not a batch answer at all.
 */
export function changeSetAnswers(
  contentType: string,
  body: string,
): { committed: boolean; answers: BatchAnswer[] } | null {
  const boundary = boundaryOf(contentType);
  if (!boundary) return null;
  const [part] = split(body, boundary);
  if (part === undefined) return null;
  const { headers, rest } = headOf(part);
  const inner = boundaryOf(headers['content-type'] ?? '');
  if (inner) {
    const answers = split(rest, inner).map(answerOf);
    return answers.every((a) => a !== null)
      ? { committed: true, answers: answers as BatchAnswer[] }
      : null;
  }
  const failed = answerOf(part);
  return failed ? { committed: false, answers: [failed] } : null;
}
