import type { Route } from '../../framework/http-types';
import { apiBase, type DynamicsContext } from '../context';
import { json } from '../responses';
import { apiRoute } from './guard';

/** `WhoAmI`: the signed-in user, their business unit and the organization. */
export function whoAmIRoutes(ctx: DynamicsContext): Route[] {
  return [
    apiRoute(ctx, 'whoAmI', 'GET', '/WhoAmI', (_req, session) =>
      json(200, {
        '@odata.context': `${ctx.origin()}${apiBase}/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
        BusinessUnitId: ctx.organization.businessUnitId,
        UserId: session.userId,
        OrganizationId: ctx.organization.organizationId,
      }),
    ),
  ];
}
