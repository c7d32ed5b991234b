import type { Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { collectionRoutes } from './collections';
import { metadataRoutes } from './metadata';
import { oauthRoutes } from './oauth';
import { queryRoutes } from './query';
import { recordRoutes } from './records';
import { replicationRoutes } from './replication';

/**
 * A group of routes built on the shared context. Bulk API 2.0 (`/jobs/query`, `/jobs/ingest`,
 * `bulk/`) is one, added by the emulator with its latency model.
 */
export type SalesforceRouteModule = (ctx: SalesforceContext) => Route[];

/** The core REST API. Order matters where paths overlap: fixed segments before `:id`. */
export const coreRouteModules: readonly SalesforceRouteModule[] = [
  oauthRoutes,
  metadataRoutes,
  queryRoutes,
  replicationRoutes,
  collectionRoutes,
  recordRoutes,
];

export function buildRoutes(
  ctx: SalesforceContext,
  extra: readonly SalesforceRouteModule[] = [],
): Route[] {
  return [...coreRouteModules, ...extra].flatMap((module) => module(ctx));
}
