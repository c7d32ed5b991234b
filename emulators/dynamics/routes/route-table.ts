import type { Route } from '../../framework/http-types';
import type { DynamicsContext } from '../context';
import { identityRoutes } from '../identity/identity-routes';
import { batchRoutes } from './batch';
import { entitySetRoutes } from './entity-sets';
import { metadataRoutes } from './metadata';
import { whoAmIRoutes } from './who-am-i';
import { writeRoutes } from './writes';

/** A group of routes built on the shared context. */
export type DynamicsRouteModule = (ctx: DynamicsContext) => Route[];

/** Order matters where paths overlap: fixed segments before `:set`. */
export const coreRouteModules: readonly DynamicsRouteModule[] = [
  identityRoutes,
  whoAmIRoutes,
  batchRoutes,
  metadataRoutes,
  entitySetRoutes,
  writeRoutes,
];

export function buildRoutes(ctx: DynamicsContext): Route[] {
  return coreRouteModules.flatMap((module) => module(ctx));
}
