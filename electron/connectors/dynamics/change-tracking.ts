import { z } from 'zod';
import type { DeletedAnswer, DeletionCursor } from '../connector';
import { CrmError } from '../crm-error';
import { msg } from '../../../shared/i18n/message';
import { errorOf, parseBody, webApiError, type WebApiClient } from './web-api-client';

const deltaPageSchema = z.object({
  value: z.array(z.record(z.string(), z.unknown())),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

/** The service's answer to a token it no longer keeps (the version stamp expired). */
const expiredStamp = '0x80044352';

const tokenOf = (link: string) => new URL(link).searchParams.get('$deltatoken');

/**
 * Deleted rows through change tracking: the first run takes a token (and reports nothing, as
 * nothing before it can be known); later runs follow the kept token's delta link and report its
 * `$deletedEntity` rows. The token gives the deletions from the last run to now only, so a
 * window starting after the last run or ending before now is refused.
 */
export async function deletedThroughChangeTracking(
  api: WebApiClient,
  set: string,
  idField: string,
  table: string,
  window: { start: Date; end: Date; now: Date },
  cursor: DeletionCursor | null,
): Promise<DeletedAnswer> {
  const what = msg('messages:connectors.call.changes', { table });
  if (cursor) {
    if (window.start.getTime() > cursor.takenAt.getTime())
      throw new CrmError(
        msg('messages:connectors.dynamics.startAfterLastRun', {
          lastRun: cursor.takenAt.toISOString(),
          start: window.start.toISOString(),
        }),
      );
    if (window.end.getTime() < window.now.getTime() - 60_000)
      throw new CrmError(
        msg('messages:connectors.dynamics.endInPast', { end: window.end.toISOString() }),
      );
  }
  const records: DeletedAnswer['records'] = [];
  let path: string | null = cursor
    ? `${set}?$select=${idField}&$deltatoken=${encodeURIComponent(cursor.token)}`
    : `${set}?$select=${idField}`;
  let delta: string | null = null;
  while (path) {
    const answer = await api.send({
      method: 'GET',
      path,
      headers: { Prefer: 'odata.track-changes,odata.maxpagesize=5000' },
    });
    if (answer.status >= 400) {
      const { code, message } = errorOf(answer);
      if (code === expiredStamp)
        throw new CrmError(
          msg('messages:connectors.dynamics.changeTokenGone', { crmMessage: message }),
          code,
        );
      throw webApiError(answer, what);
    }
    const page = parseBody(deltaPageSchema, answer.body, what);
    if (cursor)
      for (const row of page.value)
        if (row.reason === 'deleted' && typeof row.id === 'string')
          records.push({ id: row.id, deletedDate: window.now.toISOString() });
    path = page['@odata.nextLink'] ?? null;
    delta = page['@odata.deltaLink'] ?? delta;
  }
  const token = delta ? tokenOf(delta) : null;
  if (!token) throw new CrmError(msg('messages:connectors.dynamics.noChangeToken', { what }));
  return { records, cursor: { token, takenAt: window.now } };
}
