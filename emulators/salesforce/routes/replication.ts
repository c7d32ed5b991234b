import type { EmulatorRequest, EmulatorResponse, Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { dayMs, formatDateTime, parseDateTime, truncateToMinute } from '../datetime';
import type { ObjectStore } from '../data/object-store';
import { apiError, json, notFound } from '../responses';
import { dataRoute } from './guard';

/** Salesforce answers replication calls for the last 30 days only. */
export const replicationRetentionDays = 30;
const maxIds = 600_000;

interface Window {
  start: number;
  end: number;
}

function invalidDate(message: string): EmulatorResponse {
  return apiError(400, 'INVALID_REPLICATION_DATE', message);
}

/**
 * Reads `start` and `end` as Salesforce does: seconds dropped, the window more than a minute
 * long, the start no older than the retention; an end in the future is covered up to now.
 */
function windowOf(req: EmulatorRequest, now: number): Window | EmulatorResponse {
  const bounds: number[] = [];
  for (const name of ['start', 'end']) {
    const text = req.url.searchParams.get(name);
    if (text === null) return apiError(400, 'MISSING_ARGUMENT', `Missing parameter: ${name}`);
    const ms = parseDateTime(text);
    if (ms === null) return invalidDate(`Unable to parse ${name}: '${text}'`);
    bounds.push(truncateToMinute(ms));
  }
  const [start = 0, end = 0] = bounds;
  if (start < truncateToMinute(now) - replicationRetentionDays * dayMs)
    return invalidDate(`startDate cannot be more than ${replicationRetentionDays} days ago`);
  if (end - start <= 60_000)
    return invalidDate('startDate must chronologically precede endDate by more than one minute');
  return { start, end: Math.min(end, truncateToMinute(now)) };
}

function scan(
  store: ObjectStore,
  window: Window,
  pick: (ref: number) => number | null,
): { ref: number; at: number }[] | null {
  const found: { ref: number; at: number }[] = [];
  for (let ref = 0; ref < store.size; ref++) {
    const at = pick(ref);
    if (at === null || at < window.start || at >= window.end) continue;
    if (found.length >= maxIds) return null;
    found.push({ ref, at });
  }
  return found;
}

const tooMany = () =>
  apiError(
    400,
    'EXCEEDED_ID_LIMIT',
    `record limit reached. cannot submit more than ${maxIds} records into this call`,
  );

/** getUpdated and getDeleted: `/sobjects/X/updated/?start=&end=` and `/deleted/`. */
export function replicationRoutes(ctx: SalesforceContext): Route[] {
  function withStore(
    req: EmulatorRequest,
    answer: (store: ObjectStore, window: Window) => EmulatorResponse,
  ): EmulatorResponse {
    const store = ctx.org.store(req.params.object ?? '');
    if (!store || (store.spec.deletedShare === 0 && req.url.pathname.includes('/deleted')))
      return notFound();
    const window = windowOf(req, ctx.now());
    return 'status' in window ? window : answer(store, window);
  }

  return [
    dataRoute(ctx, 'updated', 'GET', '/sobjects/:object/updated', (req) =>
      withStore(req, (store, window) => {
        const reader = store.reader();
        const found = scan(store, window, (ref) =>
          store.isDeleted(ref) ? null : Number(reader.at(ref).read('SystemModstamp')),
        );
        if (!found) return tooMany();
        return json(200, {
          ids: found.map(({ ref }) => store.idOf(ref)),
          latestDateCovered: formatDateTime(window.end),
        });
      }),
    ),
    dataRoute(ctx, 'deleted', 'GET', '/sobjects/:object/deleted', (req) =>
      withStore(req, (store, window) => {
        const found = scan(store, window, (ref) => store.deletedDate(ref));
        if (!found) return tooMany();
        found.sort((a, b) => a.at - b.at || a.ref - b.ref);
        return json(200, {
          deletedRecords: found.map(({ ref, at }) => ({
            id: store.idOf(ref),
            deletedDate: formatDateTime(at),
          })),
          earliestDateAvailable: formatDateTime(
            truncateToMinute(ctx.now()) - replicationRetentionDays * dayMs,
          ),
          latestDateCovered: formatDateTime(window.end),
        });
      }),
    ),
  ];
}
