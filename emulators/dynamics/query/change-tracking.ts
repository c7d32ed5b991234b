import { dayMs } from '../../salesforce/datetime';
import type { EntityStore } from '../data/entity-store';
import { ODataError } from './odata-errors';

/** How long the organization keeps changes (`ExpireChangeTrackingInDays`). */
export const changeRetentionDays = 30;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `919042!08/22/2017 08:10:44`: the row version and the moment, as Dataverse writes them. */
export function deltaTokenOf(version: number, now: number): string {
  const d = new Date(now);
  return `${version}!${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * The version a delta token was given at; refuses a token this organization did not give and
 * one older than the retention, as the service does (the client must sync in full again).
 */
export function readDeltaToken(token: string, currentVersion: number, now: number): number {
  const m = /^(\d+)!(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(token);
  const version = m ? Number(m[1]) : NaN;
  if (!m || version > currentVersion)
    throw new ODataError(400, '0x80060888', `The $deltatoken '${token}' is not valid.`);
  const at = Date.UTC(
    Number(m[4]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[5]),
    Number(m[6]),
    Number(m[7]),
  );
  if (at < now - changeRetentionDays * dayMs)
    throw new ODataError(
      400,
      '0x80044352',
      'Version stamp associated with the client has expired. Please perform a full sync.',
    );
  return version;
}

/** Change tracking needs the entity to have it on and takes no $filter, $orderby or $top. */
export function checkTrackable(store: EntityStore, params: URLSearchParams): void {
  if (store.spec.changeTracking === false)
    throw new ODataError(
      400,
      '0x80044353',
      `Change tracking is not enabled for the entity '${store.name}'. Enable it in the entity's settings.`,
    );
  for (const option of ['$filter', '$orderby', '$top', '$expand'])
    if (params.has(option))
      throw new ODataError(
        400,
        '0x80060888',
        `The query option ${option} is not supported together with change tracking (odata.track-changes).`,
      );
}
