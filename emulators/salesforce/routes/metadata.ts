import type { Route } from '../../framework/http-types';
import { apiVersions, releaseLabel, type SalesforceContext } from '../context';
import { describeGlobalEntry, describeObject } from '../schema/describe-object';
import { json, notFound } from '../responses';
import { dataRoute } from './guard';
import { limitsOf } from './limits';

/** Versions, resources, limits, describeGlobal and describe. */
export function metadataRoutes(ctx: SalesforceContext): Route[] {
  const specs = () => ctx.org.stores().map((store) => store.spec);
  const specNamed = (name: string | undefined) => ctx.org.store(name ?? '')?.spec;
  const sorted = () => [...specs()].sort((a, b) => a.name.localeCompare(b.name));

  return [
    {
      name: 'versions',
      method: 'GET',
      path: '/services/data',
      handle: () =>
        json(
          200,
          apiVersions.map((version) => ({
            label: releaseLabel(version),
            url: `/services/data/v${version}`,
            version,
          })),
        ),
    },
    dataRoute(ctx, 'resources', 'GET', '', (_req, { version }) => {
      const base = `/services/data/v${version}`;
      const names = ['sobjects', 'query', 'queryAll', 'composite', 'limits', 'search', 'recent'];
      return json(
        200,
        Object.fromEntries([
          ...names.map((name) => [name, `${base}/${name}`]),
          ['identity', `${ctx.origin()}/id/${ctx.org.organizationId}/${ctx.org.userId}`],
        ]),
      );
    }),
    dataRoute(ctx, 'limits', 'GET', '/limits', () => json(200, limitsOf(ctx))),
    dataRoute(ctx, 'describeGlobal', 'GET', '/sobjects', (_req, { version }) =>
      json(200, {
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: sorted().map((spec) => describeGlobalEntry(spec, version)),
      }),
    ),
    dataRoute(ctx, 'describe', 'GET', '/sobjects/:object/describe', (req, { version }) => {
      const spec = specNamed(req.params.object);
      return spec ? json(200, describeObject(spec, specs(), version)) : notFound();
    }),
    dataRoute(ctx, 'sobjectInfo', 'GET', '/sobjects/:object', (req, { version }) => {
      const spec = specNamed(req.params.object);
      return spec
        ? json(200, { objectDescribe: describeGlobalEntry(spec, version), recentItems: [] })
        : notFound();
    }),
  ];
}
