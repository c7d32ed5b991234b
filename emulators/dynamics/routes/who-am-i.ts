import type { Route } from '../../framework/http-types';
import { apiBase, type DynamicsContext } from '../context';
import { json } from '../responses';
import { apiRoute, type ApiHandler } from './guard';

/** `WhoAmI`: the signed-in user, their business unit and the organization. */
export function whoAmIRoutes(ctx: DynamicsContext): Route[] {
  const whoAmI: ApiHandler = (_req, session) =>
    json(200, {
      '@odata.context': `${ctx.origin()}${apiBase}/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
      BusinessUnitId: ctx.organization.businessUnitId,
      UserId: session.userId,
      OrganizationId: ctx.organization.organizationId,
    });
  // A function is called with or without its empty parentheses.
  return [
    apiRoute(ctx, 'whoAmI', 'GET', '/WhoAmI', whoAmI),
    apiRoute(ctx, 'whoAmI', 'GET', '/WhoAmI()', whoAmI),
  ];
}
