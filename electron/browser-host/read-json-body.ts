import type { IncomingMessage } from 'node:http';
import { z } from 'zod';

const maxBodyBytes = 1024 * 1024;
const bodySchema = z.object({ arg: z.unknown().optional() }).strict();

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Reads `{"arg": …}`; the contract's own schema then validates `arg`. */
export async function readJsonBody(req: IncomingMessage): Promise<{ arg?: unknown }> {
  const type = req.headers['content-type'] ?? '';
  // Requiring JSON also forces a CORS preflight on any cross-site attempt, which we never answer.
  if (!/^application\/json\b/i.test(type)) throw new BodyError(415, 'Send application/json.');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) throw new BodyError(413, 'The request is too large.');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // The client went away mid-body, or sent a chunked body that does not parse.
    if (error instanceof BodyError) throw error;
    throw new BodyError(400, 'The request body could not be read.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
  const body = bodySchema.safeParse(parsed);
  if (!body.success) throw new BodyError(400, 'The request body must be {"arg": …}.');
  return body.data;
}
