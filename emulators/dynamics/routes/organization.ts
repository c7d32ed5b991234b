import type { Route } from '../../framework/http-types';
import { apiBase, type DynamicsContext } from '../context';
import { badQuery, json, odataError } from '../responses';
import { apiRoute } from './guard';

/** The organization's display name, and the server build `RetrieveVersion` tells. */
export const organizationName = 'CRM Console Demo';
export const serverVersion = '9.2.24113.00176';

/** The columns of the one `organization` row a client reads (a small part of the real set). */
const organizationColumns = ['organizationid', 'name', 'languagecode'] as const;

/**
 * What a client asks to show where it is connected: `RetrieveVersion` (the server's build) and
 * the organization's row by the id `WhoAmI` gave, with `$select`.
 */
export function organizationRoutes(ctx: DynamicsContext): Route[] {
  const row: Record<(typeof organizationColumns)[number], string | number> = {
    organizationid: ctx.organization.organizationId,
    name: organizationName,
    languagecode: 1033,
  };
  const version = () =>
    json(200, {
      '@odata.context': `${ctx.origin()}${apiBase}/$metadata#Microsoft.Dynamics.CRM.RetrieveVersionResponse`,
      Version: serverVersion,
    });
  return [
    // A function is called with or without its empty parentheses.
    apiRoute(ctx, 'retrieveVersion', 'GET', '/RetrieveVersion', version),
    apiRoute(ctx, 'retrieveVersion', 'GET', '/RetrieveVersion()', version),
    apiRoute(ctx, 'organization', 'GET', '/organizations(:id)', (req) => {
      if (req.params.id?.toLowerCase() !== ctx.organization.organizationId)
        return odataError(
          404,
          '0x80040217',
          `organization With Id = ${req.params.id ?? ''} Does Not Exist`,
        );
      const selected = (req.url.searchParams.get('$select') ?? organizationColumns.join(','))
        .split(',')
        .map((name) => name.trim());
      const unknown = selected.find(
        (name) => !(organizationColumns as readonly string[]).includes(name),
      );
      if (unknown)
        return badQuery(
          `Could not find a property named '${unknown}' on type 'Microsoft.Dynamics.CRM.organization'.`,
        );
      return json(200, {
        '@odata.context': `${ctx.origin()}${apiBase}/$metadata#organizations(${selected.join(',')})/$entity`,
        ...Object.fromEntries(
          selected.map((name) => [name, row[name as (typeof organizationColumns)[number]]]),
        ),
        organizationid: row.organizationid,
      });
    }),
  ];
}
