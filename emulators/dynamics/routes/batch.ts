import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../framework/http-types';
import { header } from '../../framework/http-types';
import { Router } from '../../framework/router';
import { apiBase, type DynamicsContext } from '../context';
import { badQuery, odataHeaders } from '../responses';
import { boundaryOf, httpPart, parseMultipart, splitHead, type Part } from '../writes/multipart';
import { entitySetRoutes } from './entity-sets';
import { apiRoute } from './guard';
import { metadataRoutes } from './metadata';
import { whoAmIRoutes } from './who-am-i';
import { writeRoutes } from './writes';

/** A change set failed: its writes are undone, and this is the answer it gets. */
class ChangeSetFailed extends Error {
  constructor(readonly part: string) {
    super('change set failed');
  }
}

/**
 * `$batch` (`multipart/mixed`): requests one by one, change sets as one transaction each (all
 * their writes or none), `Content-ID` references (`$1` in a URL or an `@odata.bind`). Without
 * `Prefer: odata.continue-on-error` the batch stops at the first failure and answers 400.
 */
export function batchRoutes(ctx: DynamicsContext): Route[] {
  const inner = new Router([
    ...whoAmIRoutes(ctx),
    ...metadataRoutes(ctx),
    ...entitySetRoutes(ctx),
    ...writeRoutes(ctx),
  ]);

  async function runOne(
    outer: EmulatorRequest,
    part: Part,
    contentIds: Map<string, string>,
  ): Promise<{ res: EmulatorResponse; contentId?: string }> {
    const contentId = part.headers.get('content-id');
    const { firstLine, headers, body } = splitHead(part.body);
    const m = /^([A-Z]+) (\S+)(?: HTTP\/1\.1)?$/.exec(firstLine);
    if (!m)
      return { res: badQuery(`The batch request line '${firstLine}' is not valid.`), contentId };
    const method = m[1] as string;
    let target = m[2] as string;
    const reference = /^\$(\w+)(.*)$/.exec(target);
    if (reference) {
      const resolved = contentIds.get(reference[1] as string);
      if (!resolved)
        return {
          res: badQuery(`The Content-ID reference '${target}' names no earlier request.`),
          contentId,
        };
      target = resolved + (reference[2] as string);
    }
    const url = new URL(
      target.startsWith('http') ? target : target.startsWith('/') ? target : `${apiBase}/${target}`,
      ctx.origin(),
    );
    const match = inner.match(method, url.pathname);
    if (match.kind !== 'found')
      return {
        res: badQuery(`The batch request '${method} ${url.pathname}' is not supported.`),
        contentId,
      };
    const innerHeaders: Record<string, string> = {
      authorization: header(outer, 'authorization') ?? '',
    };
    for (const [name, value] of headers) innerHeaders[name] = value;
    const res = await match.route.handle({
      method,
      url,
      headers: innerHeaders,
      body: Buffer.from(replaceReferences(body, contentIds)),
      params: match.params,
    });
    const entityId = res.headers?.['OData-EntityId'];
    if (contentId && entityId) contentIds.set(contentId, entityId);
    return { res, contentId };
  }

  const partText = (res: EmulatorResponse, contentId?: string) => {
    const headers = { ...res.headers };
    return httpPart(
      res.status,
      headers,
      res.body === undefined ? '' : res.body.toString(),
      contentId,
    );
  };

  const batch = async (req: EmulatorRequest): Promise<EmulatorResponse> => {
    const boundary = boundaryOf(header(req, 'content-type'));
    if (!boundary)
      return badQuery(
        "The batch request must have a 'multipart/mixed' content type with a boundary.",
      );
    const continueOnError = /odata\.continue-on-error/.test(header(req, 'prefer') ?? '');
    const responseBoundary = `batchresponse_${randomUUID()}`;
    const answers: string[] = [];
    const contentIds = new Map<string, string>();
    let stopped = false;
    for (const part of parseMultipart(req.body.toString('utf8'), boundary)) {
      const changeSetBoundary = boundaryOf(part.headers.get('content-type'));
      if (changeSetBoundary) {
        const changeBoundary = `changesetresponse_${randomUUID()}`;
        try {
          const inside = await ctx.organization.atomically(async () => {
            const texts: string[] = [];
            for (const request of parseMultipart(part.body, changeSetBoundary)) {
              if (/^GET /.test(splitHead(request.body).firstLine))
                throw new ChangeSetFailed(
                  partText(badQuery('GET requests are not allowed inside a change set.')),
                );
              const { res, contentId } = await runOne(req, request, contentIds);
              if (res.status >= 400) throw new ChangeSetFailed(partText(res, contentId));
              texts.push(partText(res, contentId));
            }
            return texts;
          });
          answers.push(
            `Content-Type: multipart/mixed; boundary=${changeBoundary}\r\n\r\n${inside.map((text) => `--${changeBoundary}\r\n${text}\r\n`).join('')}--${changeBoundary}--`,
          );
        } catch (error) {
          if (!(error instanceof ChangeSetFailed)) throw error;
          answers.push(error.part);
          stopped = !continueOnError;
          if (stopped) break;
        }
        continue;
      }
      const { res, contentId } = await runOne(req, part, contentIds);
      answers.push(partText(res, contentId));
      stopped = res.status >= 400 && !continueOnError;
      if (stopped) break;
    }
    // A batch stopped by a failure answers 400 as a whole; with continue-on-error, 200.
    return {
      status: stopped ? 400 : 200,
      headers: { ...odataHeaders, 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
      body: `${answers.map((text) => `--${responseBoundary}\r\n${text}\r\n`).join('')}--${responseBoundary}--\r\n`,
    };
  };

  return [apiRoute(ctx, 'batch', 'POST', '/$batch', batch)];
}

/** `"$1"` as an `@odata.bind` value names the row an earlier request of the batch made. */
function replaceReferences(body: string, contentIds: ReadonlyMap<string, string>): string {
  return body.replace(
    /("[^"]*@odata\.bind"\s*:\s*")\$(\w+)"/g,
    (whole, start: string, id: string) => {
      const resolved = contentIds.get(id);
      return resolved ? `${start}${resolved}"` : whole;
    },
  );
}
