/**
 * `$skiptoken` values shaped like Dataverse's: an XML cookie with the page number and a paging
 * cookie naming the last row's id. Clients pass it back untouched in `@odata.nextLink`.
 */

export function skipTokenOf(
  idAttribute: string,
  page: number,
  lastId: string,
  firstId: string,
  trackingVersion: number | null,
): string {
  const inner = `<cookie page="${page}"><${idAttribute} last="{${lastId.toUpperCase()}}" first="{${firstId.toUpperCase()}}" /></cookie>`;
  const tracking =
    trackingVersion === null
      ? 'istracking="False"'
      : `istracking="True" trackingversion="${trackingVersion}"`;
  return `<cookie pagenumber="${page + 1}" pagingcookie="${encodeURIComponent(encodeURIComponent(inner))}" ${tracking} />`;
}

/**
 * The page number and last row id a skip token carries, and for a change-tracking query the
 * version its first page was read at; null when it is not one.
 */
export function readSkipToken(
  token: string,
): { page: number; lastId: string; trackingVersion: number | null } | null {
  const m = /^<cookie pagenumber="(\d+)" pagingcookie="([^"]*)"/.exec(token);
  if (!m) return null;
  let inner: string;
  try {
    inner = decodeURIComponent(decodeURIComponent(m[2] as string));
  } catch {
    return null;
  }
  const last = /last="\{([0-9A-Fa-f-]{36})\}"/.exec(inner);
  const tracking = /trackingversion="(\d+)"/.exec(token);
  return last
    ? {
        page: Number(m[1]) - 1,
        lastId: (last[1] as string).toLowerCase(),
        trackingVersion: tracking ? Number(tracking[1]) : null,
      }
    : null;
}
